namespace GenerationGateway.VendorSim.Tests.DashScope;

public sealed class DashScopeCancelTests
{
    [Fact]
    public async Task A_pending_task_is_cancelled_and_stays_cancelled()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(2));

        var (status, body) = await dashscope.CancelAsync(taskId);
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);
        var output = await dashscope.OutputAsync(taskId);

        Assert.Equal(200, status);
        Assert.True(Guid.TryParse(body.GetProperty("request_id").GetString(), out _));
        Assert.Equal(("CANCELED", "2026-01-15 20:00:02.000"), (output.GetProperty("task_status").GetString(), output.GetProperty("end_time").GetString()));
        Assert.False(output.TryGetProperty("ply_url", out _));
    }

    [Fact]
    public async Task A_running_task_cannot_be_cancelled_and_runs_on()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending);

        var (status, body) = await dashscope.CancelAsync(taskId);
        factory.Clock.Advance(DashScopeTestClient.Running);

        Assert.Equal((400, "UnsupportedOperation"), (status, body.GetProperty("code").GetString()));
        Assert.Equal("SUCCEEDED", (await dashscope.OutputAsync(taskId)).GetProperty("task_status").GetString());
    }

    [Fact]
    public async Task A_finished_task_cannot_be_cancelled()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);

        var (status, _) = await dashscope.CancelAsync(taskId);

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task An_unknown_task_is_not_found()
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.CancelAsync(Guid.NewGuid().ToString());

        Assert.Equal((404, "NotFound"), (status, body.GetProperty("code").GetString()));
    }
}
