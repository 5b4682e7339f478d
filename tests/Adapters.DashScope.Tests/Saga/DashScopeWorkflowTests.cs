using GenerationGateway.Adapters.DashScope.Tests.Simulator;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.TestSupport.Workflow;

namespace GenerationGateway.Adapters.DashScope.Tests.Saga;

/// <summary>
/// Saga specs: the one generation workflow running the DashScope plug-in against the simulator, message by message,
/// on MassTransit's test harness. The simulator runs on real time: tasks are PENDING 0.3 s, then RUNNING 0.6 s.
/// </summary>
public sealed class DashScopeWorkflowTests : IAsyncLifetime
{
    readonly VendorWorkflowHarness<DashScopeVendorWorkflow, DashScopeSimulator> _workflow = new(
        new DashScopeVendorModule(),
        new DashScopeSimulator(
            new Dictionary<string, string?>
            {
                ["VendorSim:DashScope:PendingDuration"] = "00:00:00.300",
                ["VendorSim:DashScope:RunningDuration"] = "00:00:00.600",
            },
            liveClock: true),
        simulator => [.. DashScopeAdapterHost.Settings(simulator), new("Vendors:DashScope:StatusInterval", "00:00:00.100")],
        testTimeout: TimeSpan.FromSeconds(60),
        // Quiet spells are real here (the vendor takes its time), so inactivity means a few seconds of nothing.
        inactivityTimeout: TimeSpan.FromSeconds(3));

    DashScopeSimulator Simulator => _workflow.Simulator;

    /// <summary>Starts the simulator first: a bus left waiting for it would count as inactive.</summary>
    public async Task InitializeAsync()
    {
        await Simulator.ResetAsync();
        await _workflow.StartAsync();
    }

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    Task<Guid> RequestAsync() => _workflow.RequestAsync(DashScopeRequests.Photo());

    /// <summary>Polls the simulator (not through the adapter) until the task reports <paramref name="status"/>.</summary>
    async Task UntilTaskIsAsync(string taskId, string status)
    {
        var client = Simulator.CreateClient();
        var last = "(not asked)";
        // Polled gently: the simulator throttles the key at 20 calls/s, which the adapter uses too.
        await Eventually.HoldsAsync(
            async () => (last = (await client.GetTaskAsync(taskId, CancellationToken.None)).Status) == status,
            _workflow.Harness.TestTimeout,
            () => $"Task {taskId} did not become {status}; it is {last}.",
            TimeSpan.FromMilliseconds(100));
    }

    int TaskCalls(string taskId) => Simulator.Requests().Count(x => x.Path.EndsWith($"/api/v1/tasks/{taskId}", StringComparison.Ordinal));

    [Fact]
    public async Task Completes_with_the_ply_character_stored_by_the_gateway()
    {
        var id = await RequestAsync();

        var completed = await _workflow.PublishedAsync<GenerationCompleted>(id);

        var asset = Assert.Single(completed.Assets);
        Assert.Equal((AssetRole.Model, AssetFormat.Ply, "character.ply", "application/x-ply"), (asset.Role, asset.Format, asset.Name, asset.ContentType));
        Assert.StartsWith("http://gateway.test/v1/assets/", asset.Url.AbsoluteUri, StringComparison.Ordinal);
        await using var stored = (await _workflow.Assets.OpenAsync(AssetKey.For(id, asset.Name), CancellationToken.None))!.Content;
        using var reader = new StreamReader(stored);
        Assert.Equal("ply", await reader.ReadLineAsync());
        Assert.Equal(new VendorUsage { Quantity = 1 }, completed.Usage);
        Assert.True(Guid.TryParse(completed.VendorJobId, out _));
        Assert.Single(Simulator.Requests(), x => x.Path.EndsWith("3d-generation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_a_pending_task_stops_it_at_dashscope()
    {
        await Simulator.InjectAsync(new { kind = "stay-pending" });
        var id = await RequestAsync();
        var taskId = await _workflow.VendorJobIdAsync(id);

        await _workflow.CancelAsync(id);

        var cancelled = await _workflow.PublishedAsync<GenerationCancelled>(id);
        Assert.Equal((true, taskId), (cancelled.VendorJobStopped, cancelled.VendorJobId));
        Assert.Single(Simulator.Requests(), x => x.Path.EndsWith($"/api/v1/tasks/{taskId}/cancel", StringComparison.Ordinal) && x.ResponseStatus == 200);
        await UntilTaskIsAsync(taskId, DashScopeTaskStatus.Canceled);
    }

    [Fact]
    public async Task Cancelling_a_running_task_stops_polling_and_says_the_vendor_job_could_not_be_stopped()
    {
        await Simulator.InjectAsync(new { kind = "stall" });
        var id = await RequestAsync();
        var taskId = await _workflow.VendorJobIdAsync(id);
        await UntilTaskIsAsync(taskId, DashScopeTaskStatus.Running);

        await _workflow.CancelAsync(id);

        var cancelled = await _workflow.PublishedAsync<GenerationCancelled>(id);
        Assert.False(cancelled.VendorJobStopped);
        Assert.Contains("could not be stopped", cancelled.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(Simulator.Requests(), x => x.Path.EndsWith("/cancel", StringComparison.Ordinal));
        await _workflow.Harness.InactivityTask;
        var polls = TaskCalls(taskId);
        await Task.WhenAll(Task.Delay(TimeSpan.FromMilliseconds(600)), _workflow.Harness.InactivityTask);
        Assert.Equal(polls, TaskCalls(taskId));
        Assert.Equal(0, _workflow.PublishedCount<GenerationCompleted>(id) + _workflow.PublishedCount<GenerationFailed>(id));
    }

    [Fact]
    public async Task A_task_dashscope_failed_for_its_content_fails_the_generation_for_good()
    {
        await Simulator.InjectAsync(new { kind = "task-failed", code = "DataInspectionFailed", message = "Input data may contain inappropriate content." });
        var id = await RequestAsync();

        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal((FailureReason.ContentRejected, false, "DataInspectionFailed"), (failed.Reason, failed.Retryable, failed.VendorCode));
    }

    [Fact]
    public async Task Throttled_polls_are_waited_out_and_the_generation_still_completes()
    {
        await Simulator.InjectAsync(
            new { kind = "http-error", endpoint = "task", status = 429, code = "Throttling.RateQuota" },
            new { kind = "http-error", endpoint = "task", status = 429, code = "Throttling.RateQuota" });
        var id = await RequestAsync();

        await _workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal(2, Simulator.Requests().Count(x => x.ResponseStatus == 429));
        Assert.Equal(0, _workflow.PublishedCount<GenerationFailed>(id));
    }

    [Fact]
    public async Task An_account_in_arrears_fails_the_generation_at_submit()
    {
        await Simulator.InjectAsync(new { kind = "http-error", endpoint = "submit", status = 403, code = "Arrearage", message = "Access denied, please make sure your account is in good standing." });
        var id = await RequestAsync();

        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal((FailureReason.VendorQuotaExhausted, false, "Arrearage"), (failed.Reason, failed.Retryable, failed.VendorCode));
    }

    [Fact]
    public async Task A_submit_that_ends_in_a_server_error_is_not_repeated()
    {
        await Simulator.InjectAsync(new { kind = "http-error", endpoint = "submit", status = 500 });
        var id = await RequestAsync();

        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.SubmitOutcomeUnknown, failed.Reason);
        await _workflow.Harness.InactivityTask;
        Assert.Single(Simulator.Requests(), x => x.Path.EndsWith("3d-generation", StringComparison.Ordinal));
    }
}
