using System.Net;
using System.Text.Json;
using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Adapters.Aholo.Tests.Client;

/// <summary>Answers the simulator does not give, from a stub: the envelope's variants and error mapping.</summary>
public sealed class AholoClientAnswerTests
{
    static AholoTaskParameters Generation()
    {
        Assert.True(AholoTaskParametersResolver.TryResolve(AholoRequests.Text(), new RequestValidationErrors(), out var parameters));
        return parameters;
    }

    [Fact]
    public async Task A_numeric_zero_code_is_success()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, """{"c":0,"d":{"ousToken":"t","globalDomain":"ous-sg.kujiale.com","blockSize":4194304},"m":null}""");

        var token = await stub.CreateClient().GetUploadTokenAsync(CancellationToken.None);

        Assert.Equal(("t", new Uri("https://ous-sg.kujiale.com/"), 4_194_304), (token.Token, token.Origin, token.BlockSize));
    }

    [Theory]
    [InlineData("\"1001\"", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("\"1002\"", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("\"2001\"", VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    [InlineData("11003", VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted)]
    [InlineData("\"2004\"", VendorErrorKind.Rejected, FailureReason.VendorJobLost)]
    [InlineData("\"9999\"", VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    public async Task A_nonzero_code_with_http_200_is_an_error_mapped_by_code(string code, VendorErrorKind kind, FailureReason reason)
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, $$"""{"c":{{code}},"d":null,"m":"nope","f":""}""");

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => stub.CreateClient().CreateAsync(Generation(), [], CancellationToken.None));

        Assert.Equal((kind, reason, code.Trim('"')), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("nope", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, VendorErrorKind.Throttled, FailureReason.VendorRateLimited)]
    [InlineData(HttpStatusCode.ServiceUnavailable, VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    [InlineData(HttpStatusCode.Unauthorized, VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData(HttpStatusCode.BadRequest, VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    public async Task An_http_error_is_mapped_by_status(HttpStatusCode status, VendorErrorKind kind, FailureReason reason)
    {
        using var stub = new RecordedAnswer(status, "busy", "text/plain") { Configure = r => r.Headers.RetryAfter = new(TimeSpan.FromSeconds(3)) };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => stub.CreateClient().ListTasksAsync(["p"], CancellationToken.None));

        Assert.Equal((kind, reason), (failure.Kind, failure.Reason));
        Assert.Equal(TimeSpan.FromSeconds(3), failure.RetryAfter);
    }

    [Fact]
    public async Task A_body_that_is_not_the_envelope_is_nonsense()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, "<html>gateway</html>", "text/html");

        await Assert.ThrowsAnyAsync<JsonException>(() => stub.CreateClient().GetUploadTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_create_answered_with_an_object_still_yields_the_project_id()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, """{"c":"0","d":{"projectId":"P-7"}}""");

        Assert.Equal("P-7", await stub.CreateClient().CreateAsync(Generation(), [], CancellationToken.None));
    }

    [Fact]
    public async Task A_generation_body_leaves_out_what_it_does_not_have()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, """{"c":"0","d":"P-1"}""");

        await stub.CreateClient().CreateAsync(Generation(), [], CancellationToken.None);

        var body = JsonDocument.Parse(stub.Bodies[0]!).RootElement;
        Assert.Equal(["projectName", "prompt"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/v2/aholo/project/create-3d-gen", stub.Requests[0].RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Tasks_read_their_status_progress_result_and_error()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, """
            {"c":"0","d":[{"projectId":"P","status":"4","progress":0.3,"result":{"plyPath":"https://cdn.test/a.ply","spzPath":null},"errorCode":77,"errorMsg":"bad views"}]}
            """);

        var task = Assert.Single(await stub.CreateClient().ListTasksAsync(["P"], CancellationToken.None));

        Assert.Equal(new AholoTask("P", 4, 0.3, new AholoResult(new Uri("https://cdn.test/a.ply"), null, null), "77", "bad views"), task);
    }

    [Fact]
    public async Task An_upload_status_with_code_12_is_a_token_problem_not_an_exception()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, """{"c":"12","d":null,"m":"token reused"}""");

        var status = await stub.CreateUploadClient().GetStatusAsync(new Uri("https://ous.test"), "t", CancellationToken.None);

        Assert.True(status.TokenProblem);
        Assert.False(status.IsPending);
        Assert.Equal("t", stub.Requests[0].Headers.GetValues("ous-token-v2").Single());
        Assert.Equal("https://ous.test/ous/api/v2/upload/status", stub.Requests[0].RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("""{"status":5,"url":"https://cdn.test/a.png"}""", true, false, false)]
    [InlineData("""{"status":5}""", false, false, true)]
    [InlineData("""{"status":6,"errorCode":"E","errorMsg":"m"}""", false, true, false)]
    [InlineData("""{"status":8}""", false, true, false)]
    [InlineData("""{"status":2,"uploadKey":"k","progressPercent":90}""", false, false, true)]
    public async Task Only_status_5_with_a_url_is_success(string data, bool succeeded, bool failed, bool pending)
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, $$"""{"c":"0","d":{{data}}}""");

        var status = await stub.CreateUploadClient().GetStatusAsync(new Uri("https://ous.test"), "t", CancellationToken.None);

        Assert.Equal((succeeded, failed, pending), (status.IsSucceeded, status.IsFailed, status.IsPending));
    }

    [Fact]
    public async Task An_init_without_lack_blocks_means_every_block_is_missing()
    {
        using var stub = new RecordedAnswer(HttpStatusCode.OK, """{"c":"0","d":{"taskId":"x","deduplicated":false}}""");
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, new byte[2500]);
        await using var file = new AholoInputFile(path, "walk.mp4", AholoInputKind.Video, 2500, "d41d8cd98f00b204e9800998ecf8427e");

        var plan = await stub.CreateUploadClient().InitBlockUploadAsync(new AholoUploadToken("t", new Uri("https://ous.test"), 1000), file, CancellationToken.None);

        Assert.Equal([1, 2, 3], plan.MissingBlocks);
        Assert.Equal("?md5=d41d8cd98f00b204e9800998ecf8427e&blocks=3&size=2500&name=walk.mp4", stub.Requests[0].RequestUri!.Query);
    }
}
