using System.Net.Http.Json;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Portrait;

public sealed class PortraitCallbackTests
{
    const string CallbackUrl = "https://gateway.test/v1/vendor-callbacks/portrait/abc?token=t";

    [Fact]
    public async Task A_finished_task_calls_back_once_with_the_query_body()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var taskId = await PortraitGenerationTests.GenerateAsync(factory, portrait, PortraitTestClient.SeedStyles[0], CallbackUrl);

        var beforeEnd = await factory.DispatchCallbacksAsync();
        factory.Clock.Advance(PortraitSimFactory.GenerationTime);
        var atEnd = await factory.DispatchCallbacksAsync();
        var later = await factory.DispatchCallbacksAsync();

        Assert.Equal((0, 1, 0), (beforeEnd, atEnd, later));
        var (url, body) = Assert.Single(factory.Callbacks.Received);
        Assert.Equal(new Uri(CallbackUrl), url);
        Assert.Equal(taskId, body.GetProperty("id").GetString());
        Assert.Equal(3, body.GetProperty("state").GetInt32());
        Assert.Equal(2, body.GetProperty("tsk_type").GetInt32());
        Assert.Equal(4, body.GetProperty("result_paths").GetArrayLength());
        var log = await portrait.Http.GetFromJsonAsync<JsonElement>(new Uri("/_sim/portrait/callbacks", UriKind.Relative));
        Assert.Equal(200, Assert.Single(log.EnumerateArray()).GetProperty("responseStatus").GetInt32());
    }

    [Fact]
    public async Task A_training_calls_back_when_it_ends_and_a_task_without_callback_url_never_does()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var (withCallback, _) = await portrait.TrainAsync(CallbackUrl);
        await portrait.TrainAsync();

        factory.Clock.Advance(PortraitSimFactory.TrainingTime);
        await factory.DispatchCallbacksAsync();

        var (_, body) = Assert.Single(factory.Callbacks.Received);
        Assert.Equal(withCallback, body.GetProperty("id").GetString());
        Assert.Equal(1, body.GetProperty("tsk_type").GetInt32());
    }

    [Fact]
    public async Task The_envelope_shape_wraps_the_body()
    {
        using var factory = new PortraitSimFactory(new Dictionary<string, string?> { ["VendorSim:Portrait:CallbackShape"] = "envelope" });
        using var portrait = factory.CreatePortraitClient();
        var (taskId, _) = await portrait.TrainAsync(CallbackUrl);

        factory.Clock.Advance(PortraitSimFactory.TrainingTime);
        await factory.DispatchCallbacksAsync();

        var (_, envelope) = Assert.Single(factory.Callbacks.Received);
        Assert.Equal(0, envelope.GetProperty("ret").GetInt32());
        Assert.Equal(taskId, envelope.GetProperty("body").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_duplicate_callback_fault_sends_the_same_callback_twice()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        await portrait.EnqueueFaultsAsync("""{"kind":"duplicate-callback"}""");
        await portrait.TrainAsync(CallbackUrl);

        factory.Clock.Advance(PortraitSimFactory.TrainingTime);
        await factory.DispatchCallbacksAsync();

        Assert.Equal(2, factory.Callbacks.Received.Count);
        Assert.Equal(factory.Callbacks.Received[0].Body.GetRawText(), factory.Callbacks.Received[1].Body.GetRawText());
    }

    [Fact]
    public async Task The_dispatcher_sends_due_callbacks_by_itself()
    {
        using var factory = new PortraitSimFactory(new Dictionary<string, string?> { ["VendorSim:Portrait:CallbackScanInterval"] = "00:00:00.050" });
        using var portrait = factory.CreatePortraitClient();
        await portrait.TrainAsync(CallbackUrl);
        factory.Clock.Advance(PortraitSimFactory.TrainingTime);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (factory.Callbacks.Received.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Single(factory.Callbacks.Received);
    }
}
