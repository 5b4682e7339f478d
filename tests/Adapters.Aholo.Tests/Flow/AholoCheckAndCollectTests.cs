using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>Status checks through the task list, and the splat files of a finished project.</summary>
public sealed class AholoCheckAndCollectTests(AholoSimulator simulator) : AholoFlowTest(simulator), IClassFixture<AholoSimulator>
{
    async Task<List<StatusOutcome>> ChecksAsync(VendorJob job, params double[] steps)
    {
        var checks = new List<StatusOutcome>();
        foreach (var step in steps)
        {
            Simulator.Time.Advance(TimeSpan.FromSeconds(step));
            checks.Add(await Flow.Workflow.CheckAsync(job, CancellationToken.None));
        }

        return checks;
    }

    [Fact]
    public async Task A_reconstruction_runs_through_queued_preprocessing_waiting_and_running_to_success()
    {
        var job = await Flow.SubmitAsync(AholoRequests.Scene(20));

        var checks = await ChecksAsync(job, 0, 1, 1, 1, 1, 1);

        Assert.Equal(
            [
                (VendorJobStatus.Running, "0 queued", 0), (VendorJobStatus.Running, "8 preprocessing", 0), (VendorJobStatus.Running, "1 waiting", 0),
                (VendorJobStatus.Running, "2 running", 0), (VendorJobStatus.Running, "2 running", 50), (VendorJobStatus.Succeeded, "3 succeeded", 100),
            ],
            checks.Select(x => (x.Status, x.VendorStatus, x.Percent ?? -1)));
        Assert.All(checks.SkipLast(1), x => Assert.Equal(TimeSpan.FromSeconds(5), x.RetryAfter));
        Assert.Equal([job.VendorJobId], Simulator.Requests("/task/list/by-ids")[^1].JsonBody!.Value.EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task A_generation_has_no_preprocessing()
    {
        var job = await Flow.SubmitAsync(AholoRequests.Text());

        var checks = await ChecksAsync(job, 0, 1, 1, 2);

        Assert.Equal(["0 queued", "1 waiting", "2 running", "3 succeeded"], checks.Select(x => x.VendorStatus));
    }

    [Theory]
    [InlineData(4, FailureReason.VendorJobFailed, true)]
    [InlineData(5, FailureReason.VendorJobFailed, false)]
    [InlineData(6, FailureReason.VendorJobFailed, true)]
    [InlineData(7, FailureReason.ContentRejected, false)]
    public async Task Each_terminal_failure_maps_to_its_reason(int status, FailureReason reason, bool retryable)
    {
        await Simulator.InjectAsync(new { kind = "job-status", status, message = "vendor says no" });
        var job = await Flow.SubmitAsync(AholoRequests.Text());

        var check = (await ChecksAsync(job, 10))[0];

        Assert.Equal((VendorJobStatus.Failed, reason, retryable), (check.Status, check.FailureReason, check.Retryable));
        Assert.Equal(($"TASK_STATUS_{status}", "vendor says no"), (check.VendorCode, check.VendorMessage));
    }

    [Fact]
    public async Task One_task_list_call_checks_many_projects_and_leaves_out_the_unknown_ones()
    {
        var text = await Flow.SubmitAsync(AholoRequests.Text());
        var scene = await Flow.SubmitAsync(AholoRequests.Scene(20));
        var gone = AholoFlow.Job(AholoRequests.Text()) with { VendorJobId = "GONE" };
        var (listCalls, infoCalls) = (Simulator.Requests("/task/list/by-ids").Count, Simulator.Requests("/project/info").Count);
        Simulator.Time.Advance(TimeSpan.FromSeconds(3));

        var answers = await ((IVendorStatusBatch)Flow.Workflow).CheckManyAsync([text, scene, gone], CancellationToken.None);

        Assert.Equal(listCalls + 1, Simulator.Requests("/task/list/by-ids").Count);
        Assert.Equal(
            [text.VendorJobId, scene.VendorJobId, "GONE"],
            Simulator.Requests("/task/list/by-ids")[^1].JsonBody!.Value.EnumerateArray().Select(x => x.GetString()));
        Assert.False(answers.ContainsKey(gone.GenerationId));
        Assert.Equal(infoCalls, Simulator.Requests("/project/info").Count);

        // The same answers as one check per project (the simulator's clock has not moved).
        Assert.Equal((await Flow.Workflow.CheckAsync(text, CancellationToken.None)).VendorStatus, answers[text.GenerationId].VendorStatus);
        Assert.Equal((await Flow.Workflow.CheckAsync(scene, CancellationToken.None)).VendorStatus, answers[scene.GenerationId].VendorStatus);
        Assert.NotEqual(answers[text.GenerationId].VendorStatus, answers[scene.GenerationId].VendorStatus);
    }

    [Fact]
    public async Task A_project_the_vendor_does_not_know_is_lost()
    {
        var check = await Flow.Workflow.CheckAsync(AholoFlow.Job(AholoRequests.Text()) with { VendorJobId = "GONE" }, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, FailureReason.VendorJobLost), (check.Status, check.FailureReason));
        Assert.Single(Simulator.Requests("/project/info"));
    }

    [Fact]
    public async Task A_finished_reconstruction_yields_its_ply_and_spz_as_splats()
    {
        var job = await Flow.SubmitAsync(AholoRequests.Scene(20));
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var collected = await Flow.Workflow.CollectAsync(job, CancellationToken.None);

        Assert.Equal(
            [(AssetRole.Splat, AssetFormat.Ply, $"{job.VendorJobId}.ply", "application/x-ply"), (AssetRole.Splat, AssetFormat.Spz, $"{job.VendorJobId}.spz", "application/octet-stream")],
            collected.Assets.Select(x => (x.Role, x.Format, x.Name, x.ContentType)));
        Assert.Null(collected.PartialNote);
        using var http = Simulator.CreateHttpClient();
        var ply = await http.GetStringAsync(collected.Assets[0].Url);
        Assert.StartsWith("ply\nformat binary_little_endian 1.0\n", ply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sog_is_collected_when_it_was_asked_for()
    {
        var job = await Flow.SubmitAsync(AholoRequests.Scene(20, options: new GenerationOptions { OutputFormats = [AssetFormat.Ply, AssetFormat.Sog] }));
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var collected = await Flow.Workflow.CollectAsync(job, CancellationToken.None);

        Assert.Equal([AssetFormat.Ply, AssetFormat.Spz, AssetFormat.Sog], collected.Assets.Select(x => x.Format));
    }

    [Fact]
    public async Task A_missing_sog_that_was_asked_for_is_a_partial_success()
    {
        var job = await Flow.SubmitAsync(AholoRequests.Text());
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));
        var state = new Dictionary<string, string>(job.State) { [AholoVendorWorkflow.UploadSogState] = "true" };

        var collected = await Flow.Workflow.CollectAsync(job with { State = state }, CancellationToken.None);

        Assert.Equal($"Aholo delivered no SOG (uploadSog was set) for project {job.VendorJobId}.", collected.PartialNote);
    }

    [Fact]
    public async Task Collecting_before_the_files_exist_is_worth_another_try()
    {
        var job = await Flow.SubmitAsync(AholoRequests.Text());

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Flow.Workflow.CollectAsync(job, CancellationToken.None));

        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task A_running_project_cannot_be_stopped()
    {
        var outcome = await Flow.Workflow.CancelAsync(AholoFlow.Job(AholoRequests.Text()) with { VendorJobId = "P" }, CancellationToken.None);

        Assert.False(outcome.Stopped);
        Assert.Contains("no cancel endpoint", outcome.Note, StringComparison.Ordinal);
        Assert.Empty(Simulator.Requests());
    }
}
