using System.Text.Json.Nodes;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.SeaArt;

/// <summary>The control API under <c>/_sim/seaart</c>: failed tasks with the seed's codes, HTTP statuses, stalls.</summary>
public sealed class SeaArtFaultTests : SeaArtSimTests
{
    [Theory]
    [InlineData("13001095")]
    [InlineData("13001097")]
    [InlineData("13001099")]
    public async Task A_task_failed_fault_fails_the_next_task_with_its_code_when_it_would_complete(string code)
    {
        await SeaArt.EnqueueFaultsAsync($$"""{"kind":"task-failed","code":"{{code}}","message":"upstream trouble"}""");
        var failing = await SeaArt.CreateTaskAsync();
        var healthy = await SeaArt.CreateTaskAsync();

        var before = await SeaArt.TaskBodyAsync(failing);
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var failed = await SeaArt.TaskBodyAsync(failing);

        Assert.Equal("in_progress", before.GetProperty("status").GetString());
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        var error = failed.GetProperty("error");
        Assert.Equal((code, "upstream trouble"), (error.GetProperty("code").GetString(), error.GetProperty("error_message").GetString()));
        Assert.False(failed.TryGetProperty("output", out _));
        Assert.Equal("completed", (await SeaArt.TaskBodyAsync(healthy)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_task_failed_fault_without_a_code_uses_13001095()
    {
        await SeaArt.EnqueueFaultsAsync("""{"kind":"task-failed"}""");
        var id = await SeaArt.CreateTaskAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("13001095", (await SeaArt.TaskBodyAsync(id)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_stall_keeps_the_task_in_progress()
    {
        await SeaArt.EnqueueFaultsAsync("""{"kind":"stall"}""");
        var id = await SeaArt.CreateTaskAsync();
        Factory.Clock.Advance(TimeSpan.FromDays(1));

        var task = await SeaArt.TaskBodyAsync(id);

        Assert.Equal(("in_progress", 0.99), (task.GetProperty("status").GetString(), task.GetProperty("progress").GetDouble()));
    }

    [Fact]
    public async Task Http_status_faults_hit_their_endpoint_once_and_429_says_when_to_retry()
    {
        var id = await SeaArt.CreateTaskAsync();
        await SeaArt.EnqueueFaultsAsync("""
            [{"kind":"http-status","status":429,"endpoint":"task","retryAfterSeconds":3},
             {"kind":"http-status","status":500,"endpoint":"create"}]
            """);

        using var throttled = await SeaArt.Http.GetAsync(new Uri($"{SeaArtTestClient.ApiBase}/task/{id}", UriKind.Relative));
        var (created, _) = await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl" });
        var (again, _) = await SeaArt.TaskAsync(id);

        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal((500, 200), (created, again));
    }

    [Fact]
    public async Task A_fault_that_cannot_apply_is_refused_naming_the_field()
    {
        using var response = await SeaArt.PostControlAsync("faults", new object[] { new { kind = "http-status", status = 200 }, new { kind = "boom" } });
        var (status, body) = await SimulatorAnswer.ReadAsync(response);

        Assert.Equal(400, status);
        Assert.Equal(["[0].status", "[1].kind"], body.GetProperty("errors").EnumerateObject().Select(x => x.Name).Order());
    }

    [Fact]
    public async Task Every_nth_task_fails_when_configured()
    {
        using var factory = SeaArtTestClient.Factory(("VendorSim:SeaArt:FailTaskEveryNthTask", "2"));
        using var seaart = new SeaArtTestClient(factory);
        var first = await seaart.CreateTaskAsync();
        var second = await seaart.CreateTaskAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("completed", (await seaart.TaskBodyAsync(first)).GetProperty("status").GetString());
        Assert.Equal("failed", (await seaart.TaskBodyAsync(second)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reset_forgets_tasks_and_faults()
    {
        var id = await SeaArt.CreateTaskAsync();
        await SeaArt.EnqueueFaultsAsync("""{"kind":"stall"}""");

        using var reset = await SeaArt.PostControlAsync("reset", new { });
        var (status, _) = await SeaArt.TaskAsync(id);
        var pending = await SimulatorAnswer.ReadAsync(await SeaArt.Http.GetAsync(new Uri("/_sim/seaart/faults", UriKind.Relative)));

        Assert.Equal((204, 404), ((int)reset.StatusCode, status));
        Assert.Empty(pending.Body.EnumerateArray());
    }

    [Fact]
    public async Task Without_the_key_the_gateway_answers_401()
    {
        using var anonymous = new SeaArtTestClient(Factory, apiKey: null);
        using var wrong = new SeaArtTestClient(Factory, apiKey: "sa-wrong");

        var (missing, body) = await anonymous.CreateAsync(new JsonObject { ["prompt"] = "an owl" });
        var (refused, _) = await wrong.TaskAsync("abcdefghij0123456789");

        Assert.Equal((401, 401), (missing, refused));
        Assert.Equal("401", body.GetProperty("error").GetProperty("code").GetString());
    }
}
