using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Portrait.Tests.Workflow;

/// <summary>
/// Whole generations through the adapter's own host on its standalone default (in-memory bus, in-memory subject
/// store), against the simulator in real time: request in, GenerationCompleted or GenerationFailed out.
/// </summary>
public sealed class PortraitGenerationFlowTests : PortraitFlowTest
{
    [Fact]
    public async Task A_portrait_request_trains_the_subject_generates_the_style_and_completes_with_stored_photos()
    {
        var request = PortraitRequests.Train("ada");

        await Bus.Publish(request);
        var completed = await Outcomes.CompletedAsync(request.GenerationId);

        Assert.Equal("portrait", completed.Vendor);
        Assert.Equal(4, completed.Assets.Count);
        Assert.All(completed.Assets, a => Assert.Equal((AssetRole.Photo, AssetFormat.Png, "image/png"), (a.Role, a.Format, a.ContentType)));
        Assert.All(completed.Assets, a => Assert.StartsWith("sha256:", a.Checksum, StringComparison.Ordinal));
        Assert.Null(completed.PartialNote);
        Assert.Equal(8, Simulator.Calls("upload_file").Count);
        var training = Assert.Single(Simulator.Calls("aigc_user_model_create")).JsonBody!.Value;
        Assert.StartsWith($"http://gateway.test/v1/vendor-callbacks/portrait/{request.GenerationId}?token=",
            training.GetProperty("callback_url").GetString(), StringComparison.Ordinal);
        Assert.Contains(Simulator.Calls("aigc_task_query"), c => c.JsonBody!.Value.GetProperty("task_id").GetString() == completed.VendorJobId);
    }

    [Fact]
    public async Task A_later_request_for_the_same_person_generates_a_new_style_without_retraining()
    {
        var first = PortraitRequests.Train("grace");
        await Bus.Publish(first);
        await Outcomes.CompletedAsync(first.GenerationId);

        var second = PortraitRequests.Reuse("grace", PortraitSimulator.Styles[1]);
        await Bus.Publish(second);
        var completed = await Outcomes.CompletedAsync(second.GenerationId);

        Assert.All(completed.Assets, a => Assert.Equal(AssetFormat.Jpg, a.Format));
        Assert.Single(Simulator.Calls("aigc_user_model_create"));
        Assert.Equal(8, Simulator.Calls("upload_file").Count);
        Assert.Equal(2, Simulator.Calls("aigc_task_create").Count);
        var userIds = Simulator.Calls("aigc_task_create").Select(c => c.JsonBody!.Value.GetProperty("user_id").GetString()).Distinct();
        Assert.Single(userIds);
    }

    [Fact]
    public async Task A_partial_success_completes_with_the_photos_that_exist_and_says_so()
    {
        await Simulator.InjectAsync(new { kind = "generation-partial" });
        var request = PortraitRequests.Train("ada");

        await Bus.Publish(request);
        var completed = await Outcomes.CompletedAsync(request.GenerationId);

        Assert.Equal(2, completed.Assets.Count);
        Assert.Contains("state 4", completed.PartialNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_training_fails_the_generation()
    {
        await Simulator.InjectAsync(new { kind = "training-failed" });
        var request = PortraitRequests.Train("ada");

        await Bus.Publish(request);
        var failed = Assert.IsType<GenerationFailed>(await Outcomes.EndedAsync(request.GenerationId));

        Assert.Equal(FailureReason.VendorJobFailed, failed.Reason);
        Assert.Empty(Simulator.Calls("aigc_task_create"));
    }

    [Fact]
    public async Task Exhausted_quota_fails_the_generation_as_such()
    {
        await Simulator.InjectAsync(new { kind = "gateway-error", endpoint = "model-create" });
        var request = PortraitRequests.Train("ada");

        await Bus.Publish(request);
        var failed = Assert.IsType<GenerationFailed>(await Outcomes.EndedAsync(request.GenerationId));

        Assert.Equal((FailureReason.VendorQuotaExhausted, false, "Quota Exhausted"), (failed.Reason, failed.Retryable, failed.VendorCode));
    }
}
