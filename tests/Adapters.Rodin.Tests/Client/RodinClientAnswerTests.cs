using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.Rodin.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin.Tests.Client;

/// <summary>Answers the simulator does not give, from a stub handler with recorded JSON.</summary>
public sealed class RodinClientAnswerTests : IDisposable
{
    readonly StubImageHost _images = new();

    public void Dispose() => _images.Dispose();

    [Fact]
    public async Task Reads_the_documented_generate_answer()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.Created, """
            {"error":null,"message":"Submitted.","prompt":"A chair.","submit_time":"2026-01-01T00:00:00Z",
             "uuid":"task-1","jobs":{"uuids":["job-1","job-2"],"subscription_key":"eyJ.key"}}
            """);

        var submission = await rodin.CreateClient(_images).GenerateAsync(new RodinGenerateParameters { Options = new() { Tier = "Regular" }, Prompt = "chair" }, CancellationToken.None);

        Assert.Equal(("task-1", "eyJ.key", "A chair."), (submission.TaskUuid, submission.SubscriptionKey, submission.Prompt));
        Assert.Equal(["job-1", "job-2"], submission.JobUuids);
    }

    [Fact]
    public async Task Reads_a_canceled_job()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.OK, """{"jobs":[{"uuid":"job-1","status":"Done"},{"uuid":"job-2","status":"Canceled"}]}""");

        var jobs = await rodin.CreateClient(_images).GetStatusAsync("key", CancellationToken.None);

        Assert.Equal([new RodinJobState("job-1", "Done"), new RodinJobState("job-2", "Canceled")], jobs);
    }

    [Fact]
    public async Task A_generate_answer_without_ids_is_nonsense_not_a_vendor_error()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.Created, """{"error":null,"message":"Submitted."}""");

        await Assert.ThrowsAsync<JsonException>(() =>
            rodin.CreateClient(_images).GenerateAsync(new RodinGenerateParameters { Options = new() { Tier = "Regular" }, Prompt = "chair" }, CancellationToken.None));
    }

    [Fact]
    public async Task A_success_status_with_a_page_instead_of_json_is_nonsense()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");

        await Assert.ThrowsAsync<JsonException>(() => rodin.CreateClient(_images).DownloadAsync("task-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_gateway_page_with_a_server_error_is_unavailable()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html");

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => rodin.CreateClient(_images).DownloadAsync("task-1", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, "502"), (failure.Kind, failure.Reason, failure.VendorCode));
    }

    [Fact]
    public async Task Honours_a_retry_after_date()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.TooManyRequests, "")
        {
            Configure = response => response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(2)),
        };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => rodin.CreateClient(_images).GetStatusAsync("key", CancellationToken.None));

        Assert.Equal(VendorErrorKind.Throttled, failure.Kind);
        Assert.InRange(failure.RetryAfter!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(121));
    }

    [Fact]
    public async Task An_unknown_task_is_lost()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.NotFound, "");

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => rodin.CreateClient(_images).DownloadAsync("task-1", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorJobLost), (failure.Kind, failure.Reason));
    }

    [Fact]
    public async Task A_download_with_error_ok_is_a_success()
    {
        using var rodin = new RecordedAnswer(HttpStatusCode.Created, """{"error":"OK","list":[{"url":"https://files.test/a.glb","name":"a.glb"}]}""");

        var files = await rodin.CreateClient(_images).DownloadAsync("task-1", CancellationToken.None);

        Assert.Equal([new RodinFile("a.glb", new Uri("https://files.test/a.glb"))], files);
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable_and_safe_to_retry()
    {
        // Port 9 (discard) is closed on loopback: the connection is refused before anything is sent.
        using var handler = new SocketsHttpHandler();
        var client = RodinClients.Create(handler, _images, new RodinOptions { BaseUrl = new Uri("http://127.0.0.1:9/api/v2/"), ApiKey = "key" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            client.GenerateAsync(new RodinGenerateParameters { Options = new() { Tier = "Regular" }, Prompt = "chair" }, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unreachable, FailureReason.VendorUnavailable), (failure.Kind, failure.Reason));
    }
}
