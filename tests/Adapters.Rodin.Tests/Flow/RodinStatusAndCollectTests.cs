using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Rodin.Tests.Flow;

/// <summary>How <see cref="RodinVendorWorkflow"/> reads job statuses and download lists (a fake client).</summary>
public sealed class RodinStatusAndCollectTests
{
    readonly FakeRodinClient _rodin = new();
    readonly RodinVendorWorkflow _workflow;
    readonly VendorJob _job = new()
    {
        GenerationId = Guid.NewGuid(),
        Request = RodinRequests.Text(),
        VendorJobId = "task-1",
        State = new Dictionary<string, string> { ["subscriptionKey"] = "key-1", ["credits"] = "1.5" },
    };

    public RodinStatusAndCollectTests()
    {
        _workflow = new RodinVendorWorkflow(_rodin, Options.Create(new RodinOptions { ApiKey = "key" }), NullLogger<RodinVendorWorkflow>.Instance);
    }

    static IReadOnlyList<RodinJobState> Jobs(params string[] statuses) => [.. statuses.Select((x, i) => new RodinJobState($"job-{i}", x))];

    [Theory]
    [InlineData(0, "Waiting", "Waiting")]
    [InlineData(25, "Generating", "Waiting")]
    [InlineData(50, "Done", "Waiting")]
    [InlineData(75, "Done", "Generating")]
    [InlineData(33, "Done", "Waiting", "Waiting")]
    public async Task Progress_is_the_share_of_done_jobs_with_generating_counting_half(int percent, params string[] statuses)
    {
        _rodin.Jobs = Jobs(statuses);

        var status = await _workflow.CheckAsync(_job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Running, percent, string.Join(',', statuses)), (status.Status, status.Percent ?? -1, status.VendorStatus));
        Assert.Equal("key-1", _rodin.AskedSubscriptionKey);
    }

    [Theory]
    [InlineData("Failed")]
    [InlineData("Canceled")]
    public async Task Any_failed_or_canceled_job_fails_the_task(string ending)
    {
        _rodin.Jobs = Jobs("Done", ending, "Generating");

        var status = await _workflow.CheckAsync(_job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, FailureReason.VendorJobFailed, true, ending), (status.Status, status.FailureReason, status.Retryable, status.VendorCode));
        Assert.Contains("job-1", status.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_succeeds_when_every_job_is_done()
    {
        _rodin.Jobs = Jobs("Done", "Done", "Done");

        Assert.Equal(VendorJobStatus.Succeeded, (await _workflow.CheckAsync(_job, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task No_jobs_yet_is_still_running()
    {
        _rodin.Jobs = [];

        var status = await _workflow.CheckAsync(_job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Running, 0), (status.Status, status.Percent));
    }

    [Fact]
    public async Task Checking_without_a_subscription_key_is_a_gateway_fault() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _workflow.CheckAsync(_job with { State = new Dictionary<string, string>() }, CancellationToken.None));

    [Fact]
    public async Task Collects_each_file_with_the_credits_spent()
    {
        _rodin.Files =
        [
            new("base_basic_pbr.fbx", new Uri("https://files.test/1/base_basic_pbr.fbx")),
            new("preview.webp", new Uri("https://files.test/1/preview.webp")),
        ];

        var collected = await _workflow.CollectAsync(_job, CancellationToken.None);

        Assert.Equal(
            [(AssetRole.Model, AssetFormat.Fbx, "base_basic_pbr.fbx"), (AssetRole.Preview, AssetFormat.Webp, "preview.webp")],
            collected.Assets.Select(x => (x.Role, x.Format, x.Name)));
        Assert.Equal(new Uri("https://files.test/1/base_basic_pbr.fbx"), collected.Assets[0].Url);
        Assert.Equal(1.5m, collected.Usage!.Credits);
        Assert.Null(collected.PartialNote);
    }

    [Fact]
    public async Task A_list_without_a_model_is_a_partial_success()
    {
        _rodin.Files = [new("preview.webp", new Uri("https://files.test/1/preview.webp"))];

        var collected = await _workflow.CollectAsync(_job, CancellationToken.None);

        Assert.Single(collected.Assets);
        Assert.Contains("no model file", collected.PartialNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_is_asked_again_later()
    {
        _rodin.Files = [];

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => _workflow.CollectAsync(_job, CancellationToken.None));

        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task Usage_is_left_out_when_the_credits_are_unknown()
    {
        _rodin.Files = [new("a.glb", new Uri("https://files.test/a.glb"))];

        var collected = await _workflow.CollectAsync(_job with { State = new Dictionary<string, string>() }, CancellationToken.None);

        Assert.Null(collected.Usage);
    }
}
