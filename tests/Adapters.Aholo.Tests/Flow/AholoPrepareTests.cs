using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>Preparation: every input fetched and uploaded to the upload host, a few per round, until each has its URL.</summary>
public sealed class AholoPrepareTests(AholoSimulator simulator) : AholoFlowTest(simulator), IClassFixture<AholoSimulator>
{
    [Fact]
    public async Task Twenty_images_go_up_four_per_round_each_with_its_own_token()
    {
        var (job, rounds) = await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Scene(20)));

        Assert.Equal([0, 20, 40, 60, 80], rounds.SkipLast(1).Select(r => r.Percent ?? -1));
        Assert.All(rounds.SkipLast(1), r => Assert.Equal(TimeSpan.FromSeconds(1), r.RetryAfter));
        Assert.True(rounds[^1].IsReady);
        Assert.All(Enumerable.Range(0, 20), i =>
        {
            var input = AholoFlow.Input(job, i);
            Assert.StartsWith(new Uri(Simulator.BaseAddress, "aholo/files/").AbsoluteUri, input.Url, StringComparison.Ordinal);
            Assert.Equal(($"view{i}.png", 64, 48, 1), (input.Name, input.Width, input.Height, input.Attempts));
            Assert.Null(input.Token);
        });
        Assert.Equal(20, Simulator.Requests("/upload/token").Count);
        Assert.Equal(20, Simulator.Requests("/single/upload").Count);
        Assert.Equal(20, Inputs.Requests.Count);
    }

    [Fact]
    public async Task A_round_waits_while_the_upload_is_still_processed()
    {
        var job = AholoFlow.Job(AholoRequests.Image());

        var first = await Flow.Workflow.PrepareAsync(job, CancellationToken.None);
        var second = await Flow.Workflow.PrepareAsync(job with { State = first.State }, CancellationToken.None);
        Simulator.Time.Advance(TimeSpan.FromSeconds(1));
        var third = await Flow.Workflow.PrepareAsync(job with { State = second.State }, CancellationToken.None);

        Assert.Equal((false, false, true), (first.IsReady, second.IsReady, third.IsReady));
        Assert.Equal(2, Simulator.Requests("/upload/status").Count);
        Assert.Single(Simulator.Requests("/single/upload"));
    }

    [Fact]
    public async Task A_video_above_the_block_size_goes_up_in_blocks_with_its_md5_first()
    {
        var request = AholoRequests.Video();
        var bytes = StubInputHost.Mp4("/walk.mp4");

        var (job, _) = await Flow.PrepareAsync(AholoFlow.Job(request));

        var init = Assert.Single(Simulator.Requests("/block/upload/init"));
        Assert.Equal(AholoTestBytes.Md5(bytes), init.Query["md5"].Single());
        Assert.Equal(($"{bytes.Length}", "6", "walk.mp4"), (init.Query["size"].Single(), init.Query["blocks"].Single(), init.Query["name"].Single()));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Simulator.Requests("/block/upload/part").Select(r => r.FormValue("block")));
        Assert.Empty(Simulator.Requests("/single/upload"));
        Assert.Equal(12.0, AholoFlow.Input(job, 0).Duration);
    }

    [Fact]
    public async Task Only_the_blocks_the_host_lacks_are_sent()
    {
        var bytes = StubInputHost.Mp4("/walk.mp4");
        await AholoTestBytes.UploadBlocksAsync(Host, bytes, "walk.mp4", blocks: [1, 3]);
        Simulator.ClearRequests();

        await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Video()));

        Assert.Equal(["2", "4", "5", "6"], Simulator.Requests("/block/upload/part").Select(r => r.FormValue("block")));
    }

    [Fact]
    public async Task A_file_the_host_already_holds_is_not_sent_again()
    {
        await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Video()));
        Simulator.ClearRequests();

        var (job, rounds) = await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Video()));

        Assert.Single(Simulator.Requests("/block/upload/init"));
        Assert.Empty(Simulator.Requests("/block/upload/part"));
        Assert.Equal(2, rounds.Count);
        Assert.NotNull(AholoFlow.Input(job, 0).Url);
    }

    [Fact]
    public async Task A_text_generation_has_nothing_to_upload()
    {
        var outcome = await Flow.Workflow.PrepareAsync(AholoFlow.Job(AholoRequests.Text()), CancellationToken.None);

        Assert.True(outcome.IsReady);
        Assert.Empty(Simulator.Requests());
    }

    [Fact]
    public async Task An_input_that_is_not_there_fails_for_good()
    {
        var request = AholoRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = "https://inputs.test/missing.png" }] });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Flow.Workflow.PrepareAsync(AholoFlow.Job(request), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (failure.Kind, failure.Reason));
        Assert.Equal("Input inputs.images[0] could not be fetched.", failure.Message);
        Assert.Empty(Simulator.Requests());
    }

    [Fact]
    public async Task An_input_host_that_keeps_failing_is_retried_twice_by_the_egress_guard_then_fails_for_good()
    {
        var request = AholoRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = "https://inputs.test/flaky.png" }] });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Flow.Workflow.PrepareAsync(AholoFlow.Job(request), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (failure.Kind, failure.Reason));
        Assert.Equal(3, Inputs.Requests.Count(x => x.AbsolutePath == "/flaky.png"));
    }

    [Fact]
    public async Task A_request_that_breaks_the_rules_is_refused_before_anything_is_fetched()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Flow.Workflow.PrepareAsync(AholoFlow.Job(AholoRequests.Scene(0)), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (failure.Kind, failure.Reason));
        Assert.Empty(Inputs.Requests);
    }
}
