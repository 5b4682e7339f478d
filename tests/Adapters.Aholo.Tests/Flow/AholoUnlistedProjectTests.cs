using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.TestSupport.Rules;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>Answers the simulator never gives: a project missing from the task list, a task without its project id.</summary>
public sealed class AholoUnlistedProjectTests
{
    static AholoVendorWorkflow Workflow(FakeClient client) =>
        new(client, null!, Options.Create(new AholoOptions { StatusInterval = TimeSpan.FromSeconds(7) }), NullLogger<AholoVendorWorkflow>.Instance);

    static VendorJob Job => AholoFlow.Job(AholoRequests.Text()) with { VendorJobId = "P-1" };

    [Fact]
    public async Task A_project_not_listed_yet_but_known_is_still_running()
    {
        var check = await Workflow(new FakeClient([], new AholoProjectInfo("room", 0, null, null))).CheckAsync(Job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Running, "not listed yet", TimeSpan.FromSeconds(7)), (check.Status, check.VendorStatus, check.RetryAfter));
    }

    [Fact]
    public async Task A_project_not_listed_takes_the_status_its_info_gives()
    {
        var check = await Workflow(new FakeClient([], new AholoProjectInfo("room", 0, 7, null))).CheckAsync(Job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, Contracts.FailureReason.ContentRejected), (check.Status, check.FailureReason));
    }

    [Fact]
    public async Task A_single_task_without_a_project_id_is_taken_as_the_project()
    {
        var check = await Workflow(new FakeClient([new AholoTask("", 3, 1, null, null, null)], null)).CheckAsync(Job, CancellationToken.None);

        Assert.Equal(VendorJobStatus.Succeeded, check.Status);
    }

    [Fact]
    public async Task Collect_falls_back_to_the_project_info_result()
    {
        var result = new AholoResult(new Uri("https://cdn.test/x/scene.ply"), null, null);

        var collected = await Workflow(new FakeClient([new AholoTask("P-1", 3, 1, null, null, null)], new AholoProjectInfo("room", 0, 3, result))).CollectAsync(Job, CancellationToken.None);

        var asset = Assert.Single(collected.Assets);
        Assert.Equal(("scene.ply", result.Ply), (asset.Name, asset.Url));
    }

    sealed class FakeClient(IReadOnlyList<AholoTask> tasks, AholoProjectInfo? info) : IAholoClient
    {
        public Task<AholoUploadToken> GetUploadTokenAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string> CreateAsync(AholoTaskParameters parameters, IReadOnlyList<AholoUploadedInput> resources, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AholoTask>> ListTasksAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken) => Task.FromResult(tasks);

        public Task<AholoProjectInfo?> GetProjectInfoAsync(string projectId, CancellationToken cancellationToken) => Task.FromResult(info);
    }
}
