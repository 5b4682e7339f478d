using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.Adapters.Portrait.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Portrait.Tests.Client;

/// <summary>The typed client against the simulator: the seed's contract, and every kind of refusal mapped to what it means.</summary>
public sealed class PortraitClientTests : IDisposable
{
    static readonly PortraitPhoto Photo = new("face.jpg", "image/jpeg", StubPhotoHost.JpegFor("/face"));

    readonly PortraitSimulator _simulator = new();

    public void Dispose() => _simulator.Dispose();

    PortraitClient Client(string appCode = PortraitSimulator.AppCode, Uri? baseUrl = null, HttpMessageHandler? handler = null)
    {
        var url = baseUrl ?? _simulator.BaseUrl;
        var http = new HttpClient(handler ?? _simulator.CreateHandler()) { BaseAddress = url };
        return new PortraitClient(
            RestService.ForGenerated<IPortraitApi>(http, PortraitJson.ApiSettings),
            RestService.ForGenerated<IPortraitReadApi>(http, PortraitJson.ApiSettings),
            Options.Create(new PortraitOptions { BaseUrl = url, AppCode = appCode }));
    }

    [Fact]
    public async Task Trains_and_generates_through_the_seed_endpoints_with_the_appcode()
    {
        var client = Client();

        var paths = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            paths.Add(await client.UploadFileAsync(Photo, CancellationToken.None));
        }

        var training = await client.CreateUserModelAsync(paths, callbackUrl: null, CancellationToken.None);
        var waiting = await client.QueryTaskAsync(training.TaskId, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.TrainingTime);
        var trained = await client.QueryTaskAsync(training.TaskId, CancellationToken.None);
        var generation = await client.CreateTaskAsync(training.UserId, PortraitSimulator.Styles[0], callbackUrl: null, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.GenerationTime);
        var done = await client.QueryTaskAsync(generation.TaskId, CancellationToken.None);

        Assert.All(paths, p => Assert.StartsWith("user_upload/", p, StringComparison.Ordinal));
        Assert.Equal((PortraitTaskState.Waiting, PortraitTaskType.Training), (waiting.State, waiting.Type));
        Assert.Equal(PortraitTaskState.Succeeded, trained.State);
        Assert.Equal(training.UserId, generation.UserId);
        Assert.Equal((PortraitTaskState.Succeeded, PortraitTaskType.Generation, 4), (done.State, done.Type, done.ResultPaths.Count));
        Assert.All(_simulator.Requests(), r => Assert.Equal("APPCODE", r.AuthorizationScheme));
        Assert.Equal("file", Assert.Single(_simulator.Calls("upload_file")[0].Files).Field);
        Assert.Equal(8, _simulator.Calls("aigc_user_model_create")[0].JsonBody!.Value.GetProperty("img_set").GetArrayLength());
    }

    [Fact]
    public async Task Lists_the_style_catalogue()
    {
        var styles = await Client().GetStylesAsync(CancellationToken.None);

        Assert.Equal(PortraitSimulator.Styles, styles.Take(3).Select(s => s.Id));
        Assert.Equal("仙气十足", styles[0].Name);
        Assert.NotNull(styles[0].TemplateUrl);
    }

    [Fact]
    public async Task Quota_exhausted_at_the_gateway_is_a_permanent_quota_failure()
    {
        await _simulator.InjectAsync(new { kind = "gateway-error", endpoint = "model-create" });

        var error = await Assert.ThrowsAsync<VendorCallException>(() => Client().CreateUserModelAsync(["a"], null, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted, "Quota Exhausted"), (error.Kind, error.Reason, error.VendorCode));
    }

    [Fact]
    public async Task Gateway_flow_control_is_throttling()
    {
        await _simulator.InjectAsync(new { kind = "gateway-error", message = "Throttled by APP Flow Control" });

        var error = await Assert.ThrowsAsync<VendorCallException>(() => Client().GetStylesAsync(CancellationToken.None));

        Assert.Equal((VendorErrorKind.Throttled, FailureReason.VendorRateLimited), (error.Kind, error.Reason));
    }

    [Fact]
    public async Task A_wrong_appcode_is_an_authentication_failure()
    {
        var error = await Assert.ThrowsAsync<VendorCallException>(() => Client("wrong").GetStylesAsync(CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed), (error.Kind, error.Reason));
    }

    [Fact]
    public async Task A_refused_upload_is_an_unusable_input_with_the_vendor_ret()
    {
        await _simulator.InjectAsync(new { kind = "business-error", ret = 42, message = "no face found", endpoint = "upload" });

        var error = await Assert.ThrowsAsync<VendorCallException>(() => Client().UploadFileAsync(Photo, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable, "42"), (error.Kind, error.Reason, error.VendorCode));
        Assert.Contains("no face found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_create_is_an_invalid_request_and_an_unknown_task_is_lost()
    {
        var create = await Assert.ThrowsAsync<VendorCallException>(() => Client().CreateUserModelAsync(["user_upload/x.jpg"], null, CancellationToken.None));
        var query = await Assert.ThrowsAsync<VendorCallException>(() => Client().QueryTaskAsync("no-such-task", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (create.Kind, create.Reason));
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorJobLost), (query.Kind, query.Reason));
    }

    [Fact]
    public async Task A_server_error_is_transient()
    {
        await _simulator.InjectAsync(new { kind = "http-status", status = 500, endpoint = "task-query" });

        var error = await Assert.ThrowsAsync<VendorCallException>(() => Client().QueryTaskAsync("t", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unavailable, FailureReason.VendorUnavailable), (error.Kind, error.Reason));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_vendor_that_cannot_be_reached_saw_nothing_and_is_unreachable()
    {
        using var closed = new SocketsHttpHandler();
        var client = Client(baseUrl: new Uri("http://127.0.0.1:9/"), handler: closed);

        var error = await Assert.ThrowsAsync<VendorCallException>(() => client.GetStylesAsync(CancellationToken.None));

        Assert.Equal((VendorErrorKind.Unreachable, FailureReason.VendorUnavailable), (error.Kind, error.Reason));
    }
}
