using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.DashScope;

public sealed class DashScopeFaultInjectionTests
{
    [Theory]
    [InlineData(403, "Arrearage", "Access denied, please make sure your account is in good standing.")]
    [InlineData(500, "InternalError", "Injected HTTP 500.")]
    public async Task An_http_error_replaces_the_next_submit_once(int status, string code, string message)
    {
        using var dashscope = DashScopeTestClient.Start();
        var fault = code == "Arrearage" ? $$"""{"kind":"http-error","status":{{status}},"code":"{{code}}","message":"{{message}}"}""" : $$"""{"kind":"http-error","status":{{status}}}""";
        await dashscope.FaultAsync(fault);

        var (faulted, body) = await dashscope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = DashScopeTestClient.PhotoUrl } });
        var next = await dashscope.SubmitPhotoAsync();

        Assert.Equal((status, code, message), (faulted, body.GetProperty("code").GetString(), body.GetProperty("message").GetString()));
        Assert.NotEmpty(next);
    }

    [Fact]
    public async Task An_http_error_on_the_task_endpoint_hits_the_next_query_only()
    {
        using var dashscope = DashScopeTestClient.Start();
        var taskId = await dashscope.SubmitPhotoAsync();
        await dashscope.FaultAsync("""{"kind":"http-error","status":429,"endpoint":"task"}""");

        var (status, body) = await dashscope.TaskAsync(taskId);

        Assert.Equal((429, "Throttling"), (status, body.GetProperty("code").GetString()));
        Assert.Equal(200, (await dashscope.TaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task A_task_failure_ends_the_next_task_failed_with_its_code()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        await dashscope.FaultAsync("""{"kind":"task-failed","code":"DataInspectionFailed","message":"Input data may contain inappropriate content."}""");
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending);
        var running = await dashscope.OutputAsync(taskId);
        factory.Clock.Advance(DashScopeTestClient.Running);

        var failed = await dashscope.OutputAsync(taskId);

        Assert.Equal("RUNNING", running.GetProperty("task_status").GetString());
        Assert.Equal(("FAILED", "DataInspectionFailed", "Input data may contain inappropriate content."),
            (failed.GetProperty("task_status").GetString(), failed.GetProperty("code").GetString(), failed.GetProperty("message").GetString()));
        Assert.False(failed.TryGetProperty("ply_url", out _));
    }

    [Fact]
    public async Task Stay_pending_and_stall_hold_the_next_tasks_in_place()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        await dashscope.FaultAsync("""[{"kind":"stay-pending"},{"kind":"stall"}]""");
        var pending = await dashscope.SubmitPhotoAsync();
        var stalled = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal("PENDING", (await dashscope.OutputAsync(pending)).GetProperty("task_status").GetString());
        Assert.Equal("RUNNING", (await dashscope.OutputAsync(stalled)).GetProperty("task_status").GetString());
        Assert.Equal(200, (await dashscope.CancelAsync(pending)).Status);
        Assert.Equal(400, (await dashscope.CancelAsync(stalled)).Status);
    }

    [Fact]
    public async Task A_task_fault_is_not_spent_on_a_rejected_submit()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        await dashscope.FaultAsync("""{"kind":"task-failed"}""");
        await dashscope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = "" } });
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);

        Assert.Equal("FAILED", (await dashscope.OutputAsync(taskId)).GetProperty("task_status").GetString());
    }

    [Theory]
    [InlineData("""{"kind":"explode"}""", "[0].kind")]
    [InlineData("""{"kind":"http-error"}""", "[0].status")]
    [InlineData("""{"kind":"http-error","status":200}""", "[0].status")]
    [InlineData("""{"kind":"stall","endpoint":"task"}""", "[0].endpoint")]
    [InlineData("""{"kind":"http-error","status":500,"endpoint":"upload"}""", "[0].endpoint")]
    [InlineData("""[]""", "faults")]
    public async Task A_bad_fault_is_a_problem_naming_the_field(string json, string field)
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.PostFaultsAsync(json);

        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task Pending_faults_can_be_listed_cleared_and_reset()
    {
        using var dashscope = DashScopeTestClient.Start();
        await dashscope.FaultAsync("""[{"kind":"stall"},{"kind":"http-error","status":500,"endpoint":"files"}]""");
        var taskId = await dashscope.SubmitPhotoAsync();

        var listed = await SimulatorAnswer.ReadAsync(await dashscope.Http.GetAsync(new Uri("/_sim/dashscope/faults", UriKind.Relative)));
        using var cleared = await dashscope.Http.DeleteAsync(new Uri("/_sim/dashscope/faults", UriKind.Relative));
        var afterClear = await SimulatorAnswer.ReadAsync(await dashscope.Http.GetAsync(new Uri("/_sim/dashscope/faults", UriKind.Relative)));
        using var reset = await dashscope.Http.PostAsync(new Uri("/_sim/dashscope/reset", UriKind.Relative), null);

        Assert.Equal(["http-error"], listed.Body.EnumerateArray().Select(x => x.GetProperty("kind").GetString()));
        Assert.Equal(204, (int)cleared.StatusCode);
        Assert.Equal(0, afterClear.Body.GetArrayLength());
        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Equal("UNKNOWN", (await dashscope.OutputAsync(taskId)).GetProperty("task_status").GetString());
    }
}
