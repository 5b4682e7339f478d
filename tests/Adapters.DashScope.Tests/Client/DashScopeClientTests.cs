using GenerationGateway.Adapters.DashScope.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.DashScope.Tests.Client;

/// <summary>The client against the real simulator (on a clock the test moves): what it sends, and what it makes of the answers.</summary>
public sealed class DashScopeClientTests(DashScopeSimulator simulator) : IClassFixture<DashScopeSimulator>, IAsyncLifetime
{
    static readonly DashScopeGen3dParameters Photo = new() { ImageUrl = new Uri("https://images.test/person.jpg") };

    public Task InitializeAsync() => simulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Submit_posts_the_model_and_the_photo_url_asynchronously()
    {
        var task = await simulator.CreateClient().SubmitAsync(Photo, CancellationToken.None);

        var sent = simulator.LastRequest("/api/v1/services/aigc/video-generation/3d-generation");
        Assert.Equal(("POST", "Bearer", 200), (sent.Method, sent.AuthorizationScheme, sent.ResponseStatus));
        Assert.Equal("""{"model":"motionshop-gen3d","input":{"image_url":"https://images.test/person.jpg"}}""", sent.JsonBody!.Value.GetRawText());
        Assert.Equal(DashScopeTaskStatus.Pending, task.Status);
        Assert.True(Guid.TryParse(task.TaskId, out _), task.TaskId);
        Assert.True(Guid.TryParse(task.RequestId, out _), task.RequestId);
    }

    [Fact]
    public async Task Submit_sends_the_async_header_the_simulator_insists_on()
    {
        using var stub = new StubDashScope(System.Net.HttpStatusCode.OK, """{"output":{"task_id":"t-1","task_status":"PENDING"},"request_id":"r-1"}""");

        await stub.CreateClient(workspaceId: "ws-1").SubmitAsync(Photo, CancellationToken.None);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal(new Uri("https://dashscope.test/api/v1/services/aigc/video-generation/3d-generation"), sent.RequestUri);
        Assert.Equal(["enable"], sent.Headers.GetValues("X-DashScope-Async"));
        Assert.Equal(["ws-1"], sent.Headers.GetValues("X-DashScope-WorkSpace"));
        Assert.Equal(("Bearer", "key"), (sent.Headers.Authorization!.Scheme, sent.Headers.Authorization.Parameter));
    }

    [Fact]
    public async Task Task_query_follows_the_task_from_pending_to_a_ply_with_beijing_times()
    {
        var client = simulator.CreateClient();
        var beijing = simulator.Time.GetUtcNow().UtcDateTime.AddHours(8);
        var submitted = await client.SubmitAsync(Photo, CancellationToken.None);

        var pending = await client.GetTaskAsync(submitted.TaskId, CancellationToken.None);
        simulator.Time.Advance(DashScopeSimulator.Pending);
        var running = await client.GetTaskAsync(submitted.TaskId, CancellationToken.None);
        simulator.Time.Advance(DashScopeSimulator.Running);
        var succeeded = await client.GetTaskAsync(submitted.TaskId, CancellationToken.None);

        Assert.Equal([DashScopeTaskStatus.Pending, DashScopeTaskStatus.Running, DashScopeTaskStatus.Succeeded], [pending.Status, running.Status, succeeded.Status]);
        Assert.Equal(beijing, pending.SubmitTime);
        Assert.Null(pending.ScheduledTime);
        Assert.Equal(beijing + DashScopeSimulator.Pending, running.ScheduledTime);
        Assert.Null(running.EndTime);
        Assert.Equal(beijing + DashScopeSimulator.Pending + DashScopeSimulator.Running, succeeded.EndTime);
        Assert.Null(running.PlyUrl);
        Assert.EndsWith("/character.ply", succeeded.PlyUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(1, succeeded.UsageCount);
        Assert.NotEqual(pending.RequestId, running.RequestId);
        Assert.Equal("GET", simulator.LastRequest($"/api/v1/tasks/{submitted.TaskId}").Method);
    }

    [Fact]
    public async Task Cancel_stops_a_pending_task()
    {
        var client = simulator.CreateClient();
        var submitted = await client.SubmitAsync(Photo, CancellationToken.None);

        await client.CancelTaskAsync(submitted.TaskId, CancellationToken.None);

        Assert.Equal(DashScopeTaskStatus.Canceled, (await client.GetTaskAsync(submitted.TaskId, CancellationToken.None)).Status);
        var sent = simulator.LastRequest($"/api/v1/tasks/{submitted.TaskId}/cancel");
        Assert.Equal(("POST", 200), (sent.Method, sent.ResponseStatus));
    }

    [Fact]
    public async Task Cancel_of_a_running_task_is_refused()
    {
        var client = simulator.CreateClient();
        var submitted = await client.SubmitAsync(Photo, CancellationToken.None);
        simulator.Time.Advance(DashScopeSimulator.Pending);

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => client.CancelTaskAsync(submitted.TaskId, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, "UnsupportedOperation"), (failure.Kind, failure.VendorCode));
        Assert.Equal(DashScopeTaskStatus.Running, (await client.GetTaskAsync(submitted.TaskId, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_task_dashscope_does_not_know_is_unknown()
    {
        var task = await simulator.CreateClient().GetTaskAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.Equal(DashScopeTaskStatus.Unknown, task.Status);
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_auth_failure()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            simulator.CreateClient(simulator.ClientOptions(apiKey: "stolen")).SubmitAsync(Photo, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed, "InvalidApiKey"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Equal(401, simulator.LastRequest("3d-generation").ResponseStatus);
    }

    [Fact]
    public async Task A_photo_url_dashscope_cannot_download_is_an_unavailable_input()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            simulator.CreateClient().SubmitAsync(new DashScopeGen3dParameters { ImageUrl = new Uri("ftp://images.test/person.jpg") }, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable, "InvalidParameter"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("Failed to download image", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("submit", 403, "AccessDenied", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("submit", 403, "Arrearage", VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted)]
    [InlineData("submit", 400, "DataInspectionFailed", VendorErrorKind.Rejected, FailureReason.ContentRejected)]
    [InlineData("submit", 400, "InvalidParameter", VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    [InlineData("submit", 429, "Throttling", VendorErrorKind.Throttled, FailureReason.VendorRateLimited)]
    [InlineData("submit", 429, "Throttling.AllocationQuota", VendorErrorKind.Throttled, FailureReason.VendorRateLimited)]
    [InlineData("submit", 500, "InternalError", VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    [InlineData("task", 401, "InvalidApiKey", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("task", 429, "Throttling.RateQuota", VendorErrorKind.Throttled, FailureReason.VendorRateLimited)]
    [InlineData("task", 503, "ServiceUnavailable", VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    public async Task Maps_the_error_table_onto_the_workflows_errors(string endpoint, int status, string code, VendorErrorKind kind, FailureReason reason)
    {
        var client = simulator.CreateClient();
        var submitted = endpoint == "task" ? await client.SubmitAsync(Photo, CancellationToken.None) : null;
        await simulator.InjectAsync(new { kind = "http-error", endpoint, status, code });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => endpoint == "task"
            ? client.GetTaskAsync(submitted!.TaskId, CancellationToken.None)
            : client.SubmitAsync(Photo, CancellationToken.None));

        Assert.Equal((kind, reason, code), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Equal(kind == VendorErrorKind.Throttled ? TimeSpan.FromSeconds(1) : null, failure.RetryAfter);
    }

    [Fact]
    public async Task Polling_faster_than_the_account_allows_is_throttled_by_dashscope()
    {
        var client = simulator.CreateClient();
        var submitted = await client.SubmitAsync(Photo, CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            await client.GetTaskAsync(submitted.TaskId, CancellationToken.None);
        }

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => client.GetTaskAsync(submitted.TaskId, CancellationToken.None));
        simulator.Time.Advance(TimeSpan.FromSeconds(1));
        var later = await client.GetTaskAsync(submitted.TaskId, CancellationToken.None);

        Assert.Equal((VendorErrorKind.Throttled, FailureReason.VendorRateLimited, "Throttling.RateQuota"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Equal(DashScopeTaskStatus.Running, later.Status);
    }

    [Fact]
    public async Task A_query_the_shared_limit_cannot_fit_in_is_throttled_without_calling_dashscope()
    {
        var client = simulator.CreateClient(simulator.ClientOptions(queriesPerSecond: 0.5, maxWait: TimeSpan.Zero));
        var submitted = await client.SubmitAsync(Photo, CancellationToken.None);
        await client.GetTaskAsync(submitted.TaskId, CancellationToken.None);
        var calls = simulator.Requests().Count;

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => client.GetTaskAsync(submitted.TaskId, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Throttled, FailureReason.VendorRateLimited, null), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.InRange(failure.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal(calls, simulator.Requests().Count);
    }

    [Fact]
    public async Task A_connection_that_never_opened_is_unreachable_and_safe_to_retry()
    {
        using var stub = new StubDashScope(System.Net.HttpStatusCode.OK, "")
        {
            Throw = new HttpRequestException(HttpRequestError.ConnectionError, "refused"),
        };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => stub.CreateClient().SubmitAsync(Photo, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unreachable, FailureReason.VendorUnavailable), (failure.Kind, failure.Reason));
    }

    [Fact]
    public async Task An_answer_without_a_task_is_nonsense()
    {
        using var stub = new StubDashScope(System.Net.HttpStatusCode.OK, """{"request_id":"r-1"}""");

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => stub.CreateClient().GetTaskAsync("t-1", CancellationToken.None));
    }
}
