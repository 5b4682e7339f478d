namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoJobProgressionTests
{
    static readonly Dictionary<string, string?> Timed = new()
    {
        ["VendorSim:Aholo:QueuedDuration"] = "00:00:01",
        ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:02",
        ["VendorSim:Aholo:WaitingDuration"] = "00:00:03",
        ["VendorSim:Aholo:RunningDuration"] = "00:00:04",
    };

    [Fact]
    public async Task A_reconstruction_goes_queued_preprocessing_waiting_running_succeeded()
    {
        using var factory = AholoSimulator.Create(Timed);
        using var aholo = factory.Client();
        var id = await aholo.CreateReconstructionAsync();
        var seen = new List<int>();
        foreach (var step in new[] { 0, 1, 2, 3, 2, 2 })
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(step));
            seen.Add((await aholo.TaskAsync(id)).GetProperty("status").GetInt32());
        }

        Assert.Equal([0, 8, 1, 2, 2, 3], seen);
    }

    [Fact]
    public async Task A_generation_has_no_preprocessing()
    {
        using var factory = AholoSimulator.Create(Timed);
        using var aholo = factory.Client();
        var id = await aholo.CreateGenerationAsync();
        var seen = new List<int>();
        foreach (var step in new[] { 0, 1, 3, 4 })
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(step));
            seen.Add((await aholo.TaskAsync(id)).GetProperty("status").GetInt32());
        }

        Assert.Equal([0, 1, 2, 3], seen);
    }

    [Fact]
    public async Task A_running_task_reports_its_progress_as_a_fraction()
    {
        using var factory = AholoSimulator.Create(Timed);
        using var aholo = factory.Client();
        var id = await aholo.CreateGenerationAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(6));

        var task = await aholo.TaskAsync(id);

        Assert.Equal(2, task.GetProperty("status").GetInt32());
        Assert.Equal(0.5, task.GetProperty("progress").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, task.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task A_finished_task_lists_ply_and_spz_and_sog_only_when_asked()
    {
        using var aholo = AholoSimulator.Start();
        var plain = await aholo.TaskAsync(await aholo.CreateReconstructionAsync());
        var withSog = await aholo.TaskAsync(await aholo.CreateReconstructionAsync(uploadSog: true));

        Assert.EndsWith(".ply", plain.GetProperty("result").GetProperty("plyPath").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(".spz", plain.GetProperty("result").GetProperty("spzPath").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, plain.GetProperty("result").GetProperty("sogPath").ValueKind);
        Assert.EndsWith(".sog", withSog.GetProperty("result").GetProperty("sogPath").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_list_leaves_out_unknown_ids_and_keeps_the_order_asked()
    {
        using var aholo = AholoSimulator.Start();
        var first = await aholo.CreateGenerationAsync("one");
        var second = await aholo.CreateGenerationAsync("two");

        var answer = await aholo.ApiPostAsync("project/task/list/by-ids", (string[])[second, "UNKNOWN", first]);

        answer.AssertOk();
        Assert.Equal([second, first], answer.D.EnumerateArray().Select(t => t.GetProperty("projectId").GetString()));
    }

    [Fact]
    public async Task The_task_list_needs_an_array_of_ids()
    {
        using var aholo = AholoSimulator.Start();

        (await aholo.ApiPostAsync("project/task/list/by-ids", new { ids = "x" })).AssertError("2001");
    }

    [Fact]
    public async Task Project_info_gives_the_name_and_the_project_type()
    {
        using var aholo = AholoSimulator.Start();
        var recon = await aholo.CreateReconstructionAsync();
        var gen = await aholo.CreateGenerationAsync();

        var reconInfo = await aholo.ApiGetAsync("project/info", $"projectId={recon}");
        var genInfo = await aholo.ApiGetAsync("project/info", $"projectId={gen}");

        Assert.Equal(("living room", 0, 3), (reconInfo.D.GetProperty("name").GetString(), reconInfo.D.GetProperty("projectType").GetInt32(), reconInfo.D.GetProperty("status").GetInt32()));
        Assert.Equal(("corner", 1), (genInfo.D.GetProperty("name").GetString(), genInfo.D.GetProperty("projectType").GetInt32()));
    }

    [Fact]
    public async Task Project_info_of_an_unknown_project_is_an_error()
    {
        using var aholo = AholoSimulator.Start();

        (await aholo.ApiGetAsync("project/info", "projectId=NOPE")).AssertError("2004");
    }

    [Theory]
    [InlineData(4, "Reconstruction failed.")]
    [InlineData(5, "The task was cancelled.")]
    [InlineData(6, "The task timed out.")]
    [InlineData(7, "The input was rejected by review.")]
    public async Task A_job_status_fault_ends_the_next_task_in_that_status(int status, string message)
    {
        using var factory = AholoSimulator.Create(Timed);
        using var aholo = factory.Client();
        await aholo.InjectAsync($$"""{"kind":"job-status","status":{{status}}}""");
        var id = await aholo.CreateGenerationAsync();
        var untouched = await aholo.CreateGenerationAsync("another");
        factory.Clock.Advance(TimeSpan.FromSeconds(7));
        var running = (await aholo.TaskAsync(id)).GetProperty("status").GetInt32();

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var task = await aholo.TaskAsync(id);

        Assert.Equal(2, running);
        Assert.Equal(status, task.GetProperty("status").GetInt32());
        Assert.Equal(message, task.GetProperty("errorMsg").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, task.GetProperty("result").ValueKind);
        Assert.Equal(3, (await aholo.TaskAsync(untouched)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_stall_fault_keeps_the_next_task_running()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        await aholo.InjectAsync("""{"kind":"stall"}""");
        var id = await aholo.CreateGenerationAsync();
        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(2, (await aholo.TaskAsync(id)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_job_fault_waits_for_a_project_that_is_actually_created()
    {
        using var aholo = AholoSimulator.Start();
        await aholo.InjectAsync("""{"kind":"job-status","status":7}""");
        (await aholo.ApiPostAsync("project/create-3d-gen", new { })).AssertError("2001");

        var id = await aholo.CreateGenerationAsync();

        Assert.Equal(7, (await aholo.TaskAsync(id)).GetProperty("status").GetInt32());
    }
}
