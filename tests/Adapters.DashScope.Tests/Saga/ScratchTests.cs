using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.DashScope.Tests.Saga;

public sealed class ScratchTests : IAsyncLifetime
{
    readonly DashScopeWorkflowHarness _workflow = new();

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task Request_first_then_inject()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.Simulator.InjectAsync(new { kind = "http-error", endpoint = "submit", status = 403, code = "Arrearage" });
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);
        Assert.Equal(FailureReason.VendorQuotaExhausted, failed.Reason);
    }

    [Fact]
    public async Task Inject_then_wait_then_request()
    {
        await _workflow.Simulator.InjectAsync(new { kind = "http-error", endpoint = "submit", status = 403, code = "Arrearage" });
        await _workflow.Harness.InactivityTask;
        var id = await _workflow.RequestAsync();
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);
        Assert.Equal(FailureReason.VendorQuotaExhausted, failed.Reason);
    }
}
