using System.Text.Json;
using GenerationGateway.Adapters.Rodin.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Rodin.Tests.Client;

/// <summary>The client against the real simulator: what it sends, and what it makes of the answers.</summary>
public sealed class RodinClientTests : IClassFixture<RodinSimulator>, IAsyncLifetime
{
    readonly RodinSimulator _simulator;
    readonly StubImageHost _images = new();

    public RodinClientTests(RodinSimulator simulator)
    {
        _simulator = simulator;
    }

    public Task InitializeAsync() => _simulator.ResetAsync();

    public Task DisposeAsync()
    {
        _images.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Generate_sends_the_images_as_repeated_file_parts_and_the_options_as_form_fields()
    {
        var request = RodinRequests.MultiView(2, """
            {"tier":"Gen-2.5-High","seed":42,"taPose":true,"bboxCondition":[100,200,300],"addons":["HighPack"],
             "previewRender":true,"imageLabels":["F","B"]}
            """);
        var parameters = RodinSimulator.Resolve(request);

        var submission = await _simulator.CreateClient(_images).GenerateAsync(parameters, CancellationToken.None);

        var sent = _simulator.LastRequest("rodin");
        Assert.Equal(("POST", "Bearer", 201), (sent.Method, sent.AuthorizationScheme, sent.ResponseStatus));
        Assert.StartsWith("multipart/form-data", sent.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            [("images", "view0.png", "image/png", StubImageHost.PngFor("/view0.png").Length), ("images", "view1.png", "image/png", StubImageHost.PngFor("/view1.png").Length)],
            sent.Files.Select(x => (x.Field, x.FileName, x.ContentType, (int)x.Length)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["tier"] = ["Gen-2.5-High"],
                ["seed"] = ["42"],
                ["TAPose"] = ["true"],
                ["bbox_condition"] = ["[100,200,300]"],
                ["addons"] = ["HighPack"],
                ["preview_render"] = ["true"],
                ["geometry_instruct_mode"] = ["faithful"],
                ["image_label"] = ["F", "B"],
            },
            sent.Form.ToDictionary());
        Assert.NotEmpty(submission.TaskUuid);
        Assert.Equal(2, submission.JobUuids.Count);
        Assert.NotEmpty(submission.SubscriptionKey);
    }

    [Fact]
    public async Task Generate_of_a_text_request_sends_the_prompt_and_no_file()
    {
        var submission = await _simulator.CreateClient(_images).GenerateAsync(RodinSimulator.Resolve(RodinRequests.Text()), CancellationToken.None);

        var sent = _simulator.LastRequest("rodin");
        Assert.Empty(sent.Files);
        Assert.Equal("a wooden chair", sent.FormValue("prompt"));
        Assert.Equal("a wooden chair", submission.Prompt);
        Assert.Empty(_images.Requests);
    }

    [Fact]
    public async Task The_api_key_goes_to_rodin_only_never_to_the_image_host()
    {
        await _simulator.CreateClient(_images).GenerateAsync(RodinSimulator.Resolve(RodinRequests.Image()), CancellationToken.None);

        Assert.Equal("https://images.test/view0.png", Assert.Single(_images.Requests).RequestUri!.AbsoluteUri);
        Assert.Null(_images.Requests[0].Headers.Authorization);
        Assert.True(_simulator.LastRequest("rodin").HasAuthorization);
    }

    [Fact]
    public async Task Status_asks_by_subscription_key_and_reads_each_job()
    {
        var client = _simulator.CreateClient(_images);
        var submission = await client.GenerateAsync(RodinSimulator.Resolve(RodinRequests.Text()), CancellationToken.None);

        var waiting = await client.GetStatusAsync(submission.SubscriptionKey, CancellationToken.None);
        _simulator.Time.Advance(RodinSimulator.Waiting + (1.5 * RodinSimulator.Generating));
        var halfway = await client.GetStatusAsync(submission.SubscriptionKey, CancellationToken.None);

        Assert.Equal(submission.JobUuids.Select(x => new RodinJobState(x, "Waiting")), waiting);
        Assert.Equal(["Done", "Generating"], halfway.Select(x => x.Status));
        var sent = _simulator.LastRequest("status");
        Assert.Equal(("POST", "Bearer", "application/json; charset=utf-8"), (sent.Method, sent.AuthorizationScheme, sent.ContentType));
        Assert.Equal(submission.SubscriptionKey, sent.JsonBody!.Value.GetProperty("subscription_key").GetString());
    }

    [Fact]
    public async Task Download_asks_by_task_uuid_and_lists_the_files()
    {
        var client = _simulator.CreateClient(_images);
        var submission = await client.GenerateAsync(RodinSimulator.Resolve(RodinRequests.Text()), CancellationToken.None);
        _simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var files = await client.DownloadAsync(submission.TaskUuid, CancellationToken.None);

        Assert.Equal(["base_basic_pbr.glb", "preview.webp"], files.Select(x => x.Name));
        Assert.All(files, file => Assert.Contains(file.Name, file.Url.AbsolutePath, StringComparison.Ordinal));
        var sent = _simulator.LastRequest("download");
        Assert.Equal(201, sent.ResponseStatus);
        Assert.Equal(submission.TaskUuid, sent.JsonBody!.Value.GetProperty("task_uuid").GetString());
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_auth_failure()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            _simulator.CreateClient(_images, apiKey: "stolen").DownloadAsync("task-1", CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed, "USER_NOT_FOUND"),
            (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Equal(401, _simulator.LastRequest("download").ResponseStatus);
    }

    [Fact]
    public async Task An_empty_balance_is_quota_exhausted()
    {
        await _simulator.SetBalanceAsync(0);

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            _simulator.CreateClient(_images).GenerateAsync(RodinSimulator.Resolve(RodinRequests.Text()), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted, "INSUFFICIENT_FUND"),
            (failure.Kind, failure.Reason, failure.VendorCode));
    }

    [Fact]
    public async Task Sends_json_the_simulator_reads_as_rodin_does()
    {
        var client = _simulator.CreateClient(_images);
        var submission = await client.GenerateAsync(RodinSimulator.Resolve(RodinRequests.Text()), CancellationToken.None);

        await client.GetStatusAsync(submission.SubscriptionKey, CancellationToken.None);

        var body = _simulator.LastRequest("status").JsonBody!.Value;
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(["subscription_key"], body.EnumerateObject().Select(x => x.Name));
    }
}
