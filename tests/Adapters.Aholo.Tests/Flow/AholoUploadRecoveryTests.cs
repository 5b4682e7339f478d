using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>Uploads that go wrong: refused tokens (code 12), failed uploads (6/8), uploads stuck in progress.</summary>
public sealed class AholoUploadRecoveryTests(AholoSimulator simulator) : AholoFlowTest(simulator), IClassFixture<AholoSimulator>
{
    [Fact]
    public async Task An_expired_token_is_replaced_and_the_input_uploaded_again()
    {
        // Tokens die after 30 s here, well before the upload timeout (2 min): only code 12 can trigger the new upload.
        using var simulator = AholoSimulator.With(new Dictionary<string, string?> { ["VendorSim:Aholo:TokenLifetime"] = "00:00:30" });
        using var host = AholoAdapterHost.Build(simulator, Inputs);
        var flow = new AholoFlow(simulator, host);
        var job = AholoFlow.Job(AholoRequests.Image());
        var first = await flow.Workflow.PrepareAsync(job, CancellationToken.None);
        simulator.Time.Advance(TimeSpan.FromSeconds(31));

        var second = await flow.Workflow.PrepareAsync(job with { State = first.State }, CancellationToken.None);
        var (done, _) = await flow.PrepareAsync(job with { State = second.State });

        Assert.False(second.IsReady);
        Assert.NotEqual(AholoFlow.Input(job with { State = first.State }, 0).Token, AholoFlow.Input(job with { State = second.State }, 0).Token);
        Assert.Equal(2, AholoFlow.Input(done, 0).Attempts);
        Assert.Equal(2, simulator.Requests("/upload/token").Count);
        Assert.Equal(2, simulator.Requests("/single/upload").Count);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public async Task A_failed_upload_is_sent_again_with_a_new_token(int status)
    {
        await Simulator.InjectAsync(new { kind = "upload-failed", status });

        var (job, _) = await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Image()));

        Assert.Equal(2, AholoFlow.Input(job, 0).Attempts);
        Assert.Equal(2, Simulator.Requests("/upload/token").Count);
    }

    [Fact]
    public async Task An_input_that_fails_three_uploads_fails_the_generation_for_good()
    {
        await Simulator.InjectAsync(
            new { kind = "upload-failed", status = 8, message = "unsupported file" },
            new { kind = "upload-failed", status = 8, message = "unsupported file" },
            new { kind = "upload-failed", status = 8, message = "unsupported file" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Image())));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable, "SIMULATED_FAULT"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("inputs.images[0] could not be uploaded to Aholo in 3 attempts: upload status 8", failure.Message, StringComparison.Ordinal);
        Assert.Contains("unsupported file", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, Simulator.Requests("/single/upload").Count);
    }

    [Fact]
    public async Task An_upload_stuck_in_progress_is_started_again_after_the_upload_timeout()
    {
        using var slow = AholoSimulator.With(new Dictionary<string, string?> { ["VendorSim:Aholo:UploadProcessingDuration"] = "00:05:00" });
        using var host = AholoAdapterHost.Build(slow, Inputs);
        var flow = new AholoFlow(slow, host);
        var job = AholoFlow.Job(AholoRequests.Image());

        var first = await flow.Workflow.PrepareAsync(job, CancellationToken.None);
        slow.Time.Advance(TimeSpan.FromMinutes(2));
        var patient = await flow.Workflow.PrepareAsync(job with { State = first.State }, CancellationToken.None);
        slow.Time.Advance(TimeSpan.FromMilliseconds(1));
        var restarted = await flow.Workflow.PrepareAsync(job with { State = patient.State }, CancellationToken.None);

        Assert.Equal(1, AholoFlow.Input(job with { State = patient.State }, 0).Attempts);
        Assert.Equal(2, AholoFlow.Input(job with { State = restarted.State }, 0).Attempts);
        Assert.Equal(2, slow.Requests("/upload/token").Count);
    }
}
