using GenerationGateway.TestSupport;
using Spectre.Console.Testing;

namespace GenerationGateway.Cli.Tests;

/// <summary><c>gateway submit --wait</c> and <c>gateway watch</c> against the embedded default: progress, outcome, exit codes.</summary>
public sealed class SubmitCommandTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    static readonly string[] RodinChair =
        ["submit", "--vendor", "rodin", "--kind", "text-to-3d", "--prompt", "a small wooden chair", "--option", "tier=Regular", "--option", "outputFormats=glb"];

    [Fact]
    public async Task Submit_wait_draws_a_progress_bar_to_100_percent_and_the_assets_and_exits_0_on_completion()
    {
        var cli = (await gateway.NewTenantCliAsync()).OnTerminal();

        var run = await cli.RunAsync([.. RodinChair, "--wait"]);

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        Assert.True(run.Output.Contains('━', StringComparison.Ordinal), $"no progress bar drawn: {run}");
        Assert.True(run.Output.Contains("100%", StringComparison.Ordinal), run.ToString());
        Assert.Contains("completed", run.Output, StringComparison.Ordinal);
        Assert.Contains("base_basic_pbr.glb", run.Output, StringComparison.Ordinal);
        Assert.Contains("/v1/assets/", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_wait_off_a_terminal_prints_a_line_per_change_of_stage()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync([.. RodinChair, "--wait"]);

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        var lines = run.Output.Split('\n');
        Assert.True(lines.Any(line => line.Contains(" rodin submitting 10%", StringComparison.Ordinal)), run.ToString());
        Assert.True(lines.Any(line => line.Contains(" rodin completed 100%", StringComparison.Ordinal)), run.ToString());
        Assert.Contains("base_basic_pbr.glb", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_wait_exits_3_with_the_reason_when_the_vendor_job_fails()
    {
        var cli = await gateway.NewTenantCliAsync();
        await gateway.ScriptRodinFaultAsync("job-failed");

        var run = await cli.RunAsync([.. RodinChair, "--wait"]);

        Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
        Assert.Contains("failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("vendor-job-failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_shows_a_running_generation_live_and_exits_130_when_interrupted()
    {
        var cli = await gateway.NewTenantCliAsync();
        await gateway.ScriptRodinFaultAsync("stall"); // the vendor job never finishes
        var submitted = await cli.RunAsync([.. RodinChair, "--output", "json"]);
        Assert.True(submitted.ExitCode == ExitCodes.Completed, submitted.ToString());
        var id = submitted.Json["generationId"]!.GetValue<Guid>().ToString();

        using var console = new TestConsole();
        using var interrupt = new CancellationTokenSource();
        var watching = cli.RunOnAsync(console, interrupt.Token, "watch", id);
        // The stream is live: the vendor's acceptance shows while the job is still running, not at its end.
        await Eventually.HoldsAsync(
            () => console.Output.Contains(" rodin submitting 10%", StringComparison.Ordinal) || watching.IsCompleted,
            TimeSpan.FromSeconds(60),
            () => $"watch shows the acceptance; so far: {console.Output}");
        Assert.False(watching.IsCompleted, (await watching).ToString());
        await interrupt.CancelAsync();
        var watched = await watching;

        Assert.True(watched.ExitCode == ExitCodes.Interrupted, watched.ToString());
        Assert.Equal(ExitCodes.Completed, (await cli.RunAsync("cancel", id)).ExitCode);
    }

    [Fact]
    public async Task Watch_exits_4_for_a_cancelled_generation()
    {
        var cli = await gateway.NewTenantCliAsync();
        await gateway.ScriptRodinFaultAsync("stall");
        var submitted = await cli.RunAsync([.. RodinChair, "--output", "json"]);
        Assert.True(submitted.ExitCode == ExitCodes.Completed, submitted.ToString());
        var id = submitted.Json["generationId"]!.GetValue<Guid>().ToString();

        var cancel = await cli.RunAsync("cancel", id, "--reason", "changed my mind");
        Assert.True(cancel.ExitCode == ExitCodes.Completed, cancel.ToString());
        CliRun? last = null;
        await Eventually.HoldsAsync(
            async () => (last = await cli.RunAsync("get", id, "-o", "json")).ExitCode == ExitCodes.Completed && last.Json["status"]?.ToString() == "cancelled",
            TimeSpan.FromSeconds(60),
            () => $"the generation is cancelled; last: {last}");
        var watched = await cli.RunAsync("watch", id);

        Assert.True(watched.ExitCode == ExitCodes.Cancelled, watched.ToString());
        Assert.Contains("cancelled", watched.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_is_the_generation_as_the_api_answers_it()
    {
        var cli = await gateway.NewTenantCliAsync();

        var waited = await cli.RunAsync([.. RodinChair, "--wait", "--output", "json"]);
        Assert.True(waited.ExitCode == ExitCodes.Completed, waited.ToString());
        var id = waited.Json["id"]!.GetValue<Guid>();
        Assert.Equal("completed", waited.Json["status"]!.GetValue<string>());
        Assert.NotEmpty(waited.Json["assets"]!.AsArray());
        Assert.NotNull(waited.Json["request"]); // a field the CLI does not show is passed through

        var got = await cli.RunAsync("get", id.ToString(), "-o", "json");
        Assert.Equal(ExitCodes.Completed, got.ExitCode);
        Assert.Equal(waited.Json["assets"]!.AsArray().Count, got.Json["assets"]!.AsArray().Count);

        var listed = await cli.RunAsync("list", "--status", "completed", "--output", "json");
        Assert.Equal(ExitCodes.Completed, listed.ExitCode);
        Assert.Contains(listed.Json["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task Download_saves_every_asset_with_its_checksum_checked()
    {
        var cli = await gateway.NewTenantCliAsync();
        var waited = await cli.RunAsync([.. RodinChair, "--wait", "--output", "json"]);
        Assert.True(waited.ExitCode == ExitCodes.Completed, waited.ToString());
        var folder = Path.Combine(Path.GetTempPath(), "cli-download-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await cli.RunAsync("download", waited.Json["id"]!.GetValue<string>(), "--out", folder);

            Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
            foreach (var asset in waited.Json["assets"]!.AsArray())
            {
                var file = new FileInfo(Path.Combine(folder, asset!["name"]!.GetValue<string>()));
                Assert.True(file.Exists, $"{file.FullName} was not saved:\n{run.Output}");
                Assert.Equal(asset["sizeBytes"]!.GetValue<long>(), file.Length);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
