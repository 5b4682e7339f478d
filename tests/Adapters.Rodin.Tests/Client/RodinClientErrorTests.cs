using GenerationGateway.Adapters.Rodin.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Rodin.Tests.Client;

/// <summary>How the client reports Rodin's errors, scripted through the simulator's fault API.</summary>
public sealed class RodinClientErrorTests : IClassFixture<RodinSimulator>, IAsyncLifetime
{
    readonly RodinSimulator _simulator;
    readonly StubImageHost _images = new();

    public RodinClientErrorTests(RodinSimulator simulator)
    {
        _simulator = simulator;
    }

    public Task InitializeAsync() => _simulator.ResetAsync();

    public Task DisposeAsync()
    {
        _images.Dispose();
        return Task.CompletedTask;
    }

    Task<RodinSubmission> GenerateAsync(Contracts.GenerationRequested? request = null) =>
        _simulator.CreateClient(_images).GenerateAsync(RodinSimulator.Resolve(request ?? RodinRequests.Text()), CancellationToken.None);

    [Theory]
    [InlineData("NO_ACTIVE_SUBSCRIPTION", VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted)]
    [InlineData("SUBSCRIPTION_PLAN_TOO_LOW", VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted)]
    [InlineData("INSUFFICIENT_FUND", VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted)]
    [InlineData("INVALID_REQUEST", VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    [InlineData("USER_NOT_FOUND", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("GROUP_NOT_FOUND", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("PERMISSION_DENIED", VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData("UNKNOWN", VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    [InlineData("SOMETHING_NEW", VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    public async Task Maps_each_business_error(string code, VendorErrorKind kind, FailureReason reason)
    {
        await _simulator.InjectAsync(new { kind = "business-error", error = code, message = "scripted" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => GenerateAsync());

        Assert.Equal((kind, reason, code), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("scripted", failure.Message, StringComparison.Ordinal);
        Assert.Equal(200, _simulator.LastRequest("rodin").ResponseStatus);
    }

    [Fact]
    public async Task A_business_error_on_status_is_mapped_too()
    {
        var submission = await GenerateAsync();
        await _simulator.InjectAsync(new { kind = "business-error", error = "PERMISSION_DENIED", endpoint = "status" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            _simulator.CreateClient(_images).GetStatusAsync(submission.SubscriptionKey, CancellationToken.None));

        Assert.Equal(FailureReason.VendorAuthFailed, failure.Reason);
    }

    [Fact]
    public async Task The_simulators_own_validation_comes_back_as_invalid_request()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            _simulator.CreateClient(_images).GenerateAsync(new RodinGenerateParameters { Options = new() { Tier = "Gen-9" }, Prompt = "x" }, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest, "INVALID_REQUEST"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("tier", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_is_throttled_with_the_retry_after()
    {
        await _simulator.InjectAsync(new { kind = "http-status", status = 429, endpoint = "download" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            _simulator.CreateClient(_images).DownloadAsync("any-task", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Throttled, FailureReason.VendorRateLimited, TimeSpan.FromSeconds(1)), (failure.Kind, failure.Reason, failure.RetryAfter));
        Assert.True(failure.IsTransient);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_server_error_is_unavailable(int status)
    {
        await _simulator.InjectAsync(new { kind = "http-status", status });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => GenerateAsync());

        Assert.Equal((VendorErrorKind.Unavailable, FailureReason.VendorUnavailable), (failure.Kind, failure.Reason));
        Assert.Contains($"HTTP {status}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Unauthorized_and_forbidden_are_auth_failures(int status)
    {
        await _simulator.InjectAsync(new { kind = "http-status", status, endpoint = "download" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => _simulator.CreateClient(_images).DownloadAsync("task-1", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed), (failure.Kind, failure.Reason));
    }

    [Fact]
    public async Task A_missing_image_is_rejected_before_rodin_is_called()
    {
        var before = _simulator.Requests().Count;
        var request = RodinRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = "https://images.test/missing.png" }] });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => GenerateAsync(request));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (failure.Kind, failure.Reason));
        Assert.Contains("inputs.images[0]", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, _simulator.Requests().Count);
    }

    [Fact]
    public async Task An_image_host_failure_is_retried_twice_by_the_egress_guard_then_fails_as_input_unavailable()
    {
        var before = _simulator.Requests().Count;
        var request = RodinRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = "https://images.test/flaky.png" }] });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => GenerateAsync(request));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (failure.Kind, failure.Reason));
        Assert.Equal("Input image inputs.images[0] could not be fetched.", failure.Message);
        Assert.Equal(3, _images.Requests.Count(x => x.RequestUri!.AbsolutePath == "/flaky.png"));
        Assert.Equal(before, _simulator.Requests().Count);
    }

    [Fact]
    public async Task An_image_over_the_size_limit_is_rejected()
    {
        var client = _simulator.CreateClient(_images, maxImageBytes: 8);

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            client.GenerateAsync(RodinSimulator.Resolve(RodinRequests.Image()), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (failure.Kind, failure.Reason));
        Assert.Contains("larger than 8 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_reference_is_not_supported_yet()
    {
        var parameters = new RodinGenerateParameters { Options = new() { Tier = "Regular" }, Images = [new InputImage { FileReference = "upload-1" }] };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            _simulator.CreateClient(_images).GenerateAsync(parameters, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (failure.Kind, failure.Reason));
        Assert.Contains("file reference", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_images.Requests);
    }
}
