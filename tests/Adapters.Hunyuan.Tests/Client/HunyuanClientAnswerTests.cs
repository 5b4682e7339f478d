using System.Net;
using System.Text.Json;
using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Client;

/// <summary>Answers the simulator does not give (shapes the SDK and the seed allow), from a recorded stub.</summary>
public sealed class HunyuanClientAnswerTests
{
    static Task<HunyuanTask> Read(string body) =>
        new RecordedAnswer(HttpStatusCode.OK, body).CreateClient().GetTaskAsync("t1", CancellationToken.None);

    [Fact]
    public async Task Reads_an_integer_error_code_and_the_message_field()
    {
        var task = await Read("""{"id":"t1","status":"failed","error":{"code":13001099,"message":"create failed"}}""");

        Assert.Equal(("failed", "13001099", "create failed"), (task.Status, task.ErrorCode, task.ErrorMessage));
    }

    [Fact]
    public async Task Reads_cost_as_a_number_and_an_empty_cost_as_none()
    {
        var numeric = await Read("""{"id":"t1","status":"completed","usage":{"cost":0.35,"quantity":1}}""");
        var empty = await Read("""{"id":"t1","status":"completed","usage":{"cost":"","unit_price":"","quantity":1,"extra_info":{"ResultCreditConsumed":30}}}""");

        Assert.Equal(new VendorUsage { Cost = 0.35m, Currency = "USD", Quantity = 1 }, numeric.Usage);
        Assert.Equal(new VendorUsage { Credits = 30, Quantity = 1 }, empty.Usage);
    }

    [Fact]
    public async Task Lower_cases_the_status_and_reads_progress_sent_as_text()
    {
        var task = await Read("""{"id":"t1","status":"IN_PROGRESS","progress":"0.25"}""");

        Assert.Equal(("in_progress", 0.25), (task.Status, task.Progress));
    }

    [Fact]
    public async Task Keeps_format_and_type_apart()
    {
        var task = await Read("""
            {"id":"t1","status":"completed","output":[{"content":[
              {"type":"glb","format":"OBJ","url":"https://cdn.test/a.zip","preview_url":"https://cdn.test/a.png","jobId":"1357"}]}]}
            """);

        var content = Assert.Single(task.Contents);
        Assert.Equal(("glb", "obj", "1357"), (content.Type, content.Format, content.JobId));
    }

    [Fact]
    public async Task A_body_that_is_not_its_json_is_an_error()
    {
        await Assert.ThrowsAsync<JsonException>(() => Read("<html>gateway</html>"));
        await Assert.ThrowsAsync<JsonException>(() => Read("""{"id":"t1"}"""));
    }

    [Fact]
    public async Task A_connection_that_never_opened_is_unreachable_and_safe_to_retry()
    {
        var stub = new RecordedAnswer(HttpStatusCode.OK, "") { Throws = new HttpRequestException(HttpRequestError.ConnectionError, "refused") };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => stub.CreateClient().CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unreachable, FailureReason.VendorUnavailable), (failure.Kind, failure.Reason));
    }

    [Theory]
    [InlineData(HttpStatusCode.PaymentRequired, VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted)]
    [InlineData(HttpStatusCode.Forbidden, VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData(HttpStatusCode.GatewayTimeout, VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    [InlineData(HttpStatusCode.BadRequest, VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    public async Task Classifies_http_errors_as_the_sdk_does(HttpStatusCode status, VendorErrorKind kind, FailureReason reason)
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            new RecordedAnswer(status, """{"error":{"code":"E1","error_message":"nope"}}""").CreateClient().CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None));

        Assert.Equal((kind, reason, "E1"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("nope", failure.Message, StringComparison.Ordinal);
    }
}
