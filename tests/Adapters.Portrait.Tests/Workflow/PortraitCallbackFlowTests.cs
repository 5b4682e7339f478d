using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

namespace GenerationGateway.Adapters.Portrait.Tests.Workflow;

/// <summary>
/// With every poll ten minutes away, a generation can only end within the test's time through the vendor's
/// callbacks: the training's callback prepares again at once, the generation's checks at once.
/// </summary>
public sealed class PortraitCallbackFlowTests() : PortraitFlowTest(new Dictionary<string, string?>
{
    ["Vendors:Portrait:TrainingPollInterval"] = "00:10:00",
    ["Vendors:Portrait:GenerationPollInterval"] = "00:10:00",
    ["Workflow:InitialCheckDelay"] = "00:10:00",
    ["Workflow:MaxCheckDelay"] = "00:10:00",
})
{
    [Fact]
    public async Task Vendor_callbacks_advance_training_and_generation_without_waiting_for_the_next_poll()
    {
        var request = PortraitRequests.Train("ada");

        await Bus.Publish(request);
        var completed = await Outcomes.CompletedAsync(request.GenerationId, TimeSpan.FromSeconds(30));

        var callbacks = await Simulator.CallbacksSentAsync();
        Assert.Equal([1, 2], callbacks.Select(c => c.GetProperty("taskType").GetInt32()));
        Assert.All(callbacks, c => Assert.Equal(200, c.GetProperty("responseStatus").GetInt32()));
        Assert.Equal(4, completed.Assets.Count);
    }
}
