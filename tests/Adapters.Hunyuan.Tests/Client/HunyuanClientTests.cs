using System.Text.Json;
using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Images;
using GenerationGateway.TestSupport.Rules;
using static GenerationGateway.Adapters.Hunyuan.Tests.Support.StubImageHost;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Client;

/// <summary>The client against the real simulator: what it sends, and what it makes of the answers.</summary>
public sealed class HunyuanClientTests(SeaArtSimulator simulator) : IClassFixture<SeaArtSimulator>, IAsyncLifetime
{
    public Task InitializeAsync() => simulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    static JsonElement Params(JsonElement body) => body.GetProperty("input")[0].GetProperty("params");

    static Dictionary<string, string> Flat(JsonElement parameters) =>
        parameters.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.ToString());

    [Fact]
    public async Task Create_sends_the_model_in_the_envelope_and_the_params_in_input()
    {
        var submission = await simulator.CreateClient().CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None);

        var sent = simulator.LastCreate();
        Assert.Equal(("Bearer", 200), (sent.AuthorizationScheme, sent.ResponseStatus));
        Assert.Equal("tencent_hunyuan_3d_pro", sent.JsonBody!.Value.GetProperty("model").GetString());
        Assert.Equal(
            new Dictionary<string, string> { ["generate_type"] = "Normal", ["prompt"] = HunyuanRequests.Prompt, ["face_count"] = "500000", ["enable_pbr"] = "False" },
            Flat(Params(sent.JsonBody.Value)));
        Assert.Matches("^[a-z0-9]{20}$", submission.TaskId);
        Assert.Equal("in_progress", submission.Status);
    }

    [Fact]
    public async Task Create_of_a_multi_view_request_sends_each_view_as_a_ViewType_object()
    {
        var request = HunyuanRequests.MultiView((null, Url("main/512x512.png")), ("left-front", Url("lf/512x512.png")), ("back", Url("b/512x512.jpg")));

        await simulator.CreateClient().CreateAsync(HunyuanParameters.Resolve(request), CancellationToken.None);

        var parameters = Params(simulator.LastCreate().JsonBody!.Value);
        Assert.Equal(Url("main/512x512.png"), parameters.GetProperty("image_url").GetString());
        Assert.False(parameters.TryGetProperty("prompt", out _));
        Assert.Equal(
            [("left_front", Url("lf/512x512.png")), ("back", Url("b/512x512.jpg"))],
            parameters.GetProperty("multi_view_images").EnumerateArray().Select(x => (x.GetProperty("ViewType").GetString(), x.GetProperty("ViewImageUrl").GetString())));
    }

    [Fact]
    public async Task Create_leaves_out_what_the_generate_type_ignores()
    {
        var client = simulator.CreateClient();

        await client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text("""{"generateType":"LowPoly","polygonType":"quadrilateral"}""")), CancellationToken.None);
        var lowPoly = Flat(Params(simulator.LastCreate().JsonBody!.Value));
        await client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text("""{"generateType":"Geometry","faceCount":3000}""")), CancellationToken.None);
        var geometry = Flat(Params(simulator.LastCreate().JsonBody!.Value));

        Assert.Equal(["enable_pbr", "generate_type", "polygon_type", "prompt"], lowPoly.Keys.Order());
        Assert.Equal("quadrilateral", lowPoly["polygon_type"]);
        Assert.Equal(["face_count", "generate_type", "prompt"], geometry.Keys.Order());
        Assert.Equal("3000", geometry["face_count"]);
    }

    [Fact]
    public async Task Create_sends_a_base64_image_as_image_base64()
    {
        var png = TestImages.Png(300, 300);

        await simulator.CreateClient().CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Base64Image(png)), CancellationToken.None);

        var parameters = Params(simulator.LastCreate().JsonBody!.Value);
        Assert.Equal(Convert.ToBase64String(png), parameters.GetProperty("image_base64").GetString());
        Assert.False(parameters.TryGetProperty("image_url", out _));
    }

    [Fact]
    public async Task Task_reads_progress_then_the_completed_resources_and_usage()
    {
        var client = simulator.CreateClient();
        var submission = await client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None);

        var queued = await client.GetTaskAsync(submission.TaskId, CancellationToken.None);
        simulator.Time.Advance(SeaArtSimulator.InQueue + (SeaArtSimulator.Generating / 2));
        var halfway = await client.GetTaskAsync(submission.TaskId, CancellationToken.None);
        simulator.Time.Advance(SeaArtSimulator.Generating);
        var completed = await client.GetTaskAsync(submission.TaskId, CancellationToken.None);

        Assert.Equal(("in_progress", 0.0), (queued.Status, queued.Progress));
        Assert.Equal(("in_progress", 0.5), (halfway.Status, halfway.Progress));
        Assert.Equal("completed", completed.Status);
        Assert.Equal([("glb", "glb", ".glb"), ("glb", "obj", ".zip")], completed.Contents.Select(x => (x.Type, x.Format, Path.GetExtension(x.Url.AbsolutePath))));
        Assert.All(completed.Contents, x => Assert.EndsWith(".png", x.PreviewUrl!.AbsolutePath, StringComparison.Ordinal));
        Assert.Equal(new VendorUsage { Cost = 0.4m, Currency = "USD", Credits = 20, Quantity = 1 }, completed.Usage);
        Assert.Equal($"/seaart/model/v1/generation/task/{submission.TaskId}", simulator.Requests()[^1].Path);
    }

    [Fact]
    public async Task Task_reads_the_code_of_a_failed_task()
    {
        await simulator.InjectAsync(new { kind = "task-failed", code = "13001098", message = "status query failed" });
        var client = simulator.CreateClient();
        var submission = await client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None);
        simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var failed = await client.GetTaskAsync(submission.TaskId, CancellationToken.None);

        Assert.Equal(("failed", "13001098", "status query failed"), (failed.Status, failed.ErrorCode, failed.ErrorMessage));
    }

    [Fact]
    public async Task An_unknown_task_is_a_lost_job()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() => simulator.CreateClient().GetTaskAsync("zzzzzzzzzzzzzzzzzzzz", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorJobLost, "404"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("Task not found", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_an_auth_failure()
    {
        var client = simulator.CreateClient("wrong-key");

        var create = await Assert.ThrowsAsync<VendorCallException>(() => client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None));
        var task = await Assert.ThrowsAsync<VendorCallException>(() => client.GetTaskAsync("abc", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed), (create.Kind, create.Reason));
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed), (task.Kind, task.Reason));
    }

    [Fact]
    public async Task A_429_is_throttling_with_the_retry_after()
    {
        await simulator.InjectAsync(new { kind = "http-status", status = 429, endpoint = "create", retryAfterSeconds = 7 });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => simulator.CreateClient().CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Throttled, FailureReason.VendorRateLimited, TimeSpan.FromSeconds(7)), (failure.Kind, failure.Reason, failure.RetryAfter));
        Assert.Equal(429, simulator.LastCreate().ResponseStatus);
    }

    [Fact]
    public async Task A_server_error_leaves_the_outcome_unknown()
    {
        await simulator.InjectAsync(new { kind = "http-status", status = 502, endpoint = "task" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => simulator.CreateClient().GetTaskAsync("abc", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, "502"), (failure.Kind, failure.Reason, failure.VendorCode));
    }

    [Fact]
    public async Task Params_the_gateway_refuses_are_an_invalid_request()
    {
        var parameters = new HunyuanGenerateParameters { GenerateType = "Normal", Prompt = "an owl", FaceCount = 10 };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => simulator.CreateClient().CreateAsync(parameters, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (failure.Kind, failure.Reason));
        Assert.Contains("face_count", failure.Message, StringComparison.Ordinal);
    }
}
