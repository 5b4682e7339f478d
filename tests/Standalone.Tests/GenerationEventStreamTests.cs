using System.Net;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;

namespace GenerationGateway.Standalone.Tests;

/// <summary>The SSE stream of a real Rodin job on the embedded default (in-memory feed), as a client reads it.</summary>
public sealed class GenerationEventStreamTests : StandaloneGatewayTest
{
    [Fact]
    public async Task Streams_a_rodin_job_until_completed_with_its_assets_and_a_reconnect_resumes()
    {
        var id = await Api.SubmitAsync(JsonNode.Parse("""
            {"vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a streamed stool"},
             "options":{"quality":"medium","outputFormats":["glb"]},"vendorOptions":{"tier":"Regular"}}
            """)!.AsObject());
        await Eventually.HoldsAsync(async () => await Api.GenerationAsync(id) is not null, TimeSpan.FromSeconds(30), $"generation {id} recorded");
        await using var live = await Api.EventsAsync($"v1/generations/{id}/events");
        Assert.Equal(HttpStatusCode.OK, live.Response.StatusCode);

        var events = await live.ToEndAsync();
        await using var resumed = await Api.EventsAsync($"v1/generations/{id}/events", lastEventId: events[0].Id);
        var rest = await resumed.ToEndAsync();
        await using var finished = await Api.EventsAsync($"v1/generations/{id}/events");
        var final = await finished.ToEndAsync();

        Assert.Equal("completed", events[^1].Name);
        Assert.Contains(events, e => e.Name == "accepted");
        Assert.NotEmpty(events[^1].Json.GetProperty("assets").EnumerateArray());
        var percents = events.SkipLast(1).Select(e => e.Json.GetProperty("percent").GetInt32()).ToList();
        Assert.Equal(percents.Order(), percents);
        Assert.Equal(events.Skip(1).Select(e => (e.Id, e.Name)), rest.Select(e => (e.Id, e.Name)));
        Assert.Equal([(events[^1].Id, "completed")], final.Select(e => (e.Id, e.Name)));
    }

    [Fact]
    public async Task A_stream_opened_before_a_cancel_ends_with_the_cancelled_event()
    {
        var id = await Api.SubmitAsync(JsonNode.Parse("""
            {"vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a cancelled stool"},
             "options":{"quality":"medium","outputFormats":["glb"]},"vendorOptions":{"tier":"Regular"}}
            """)!.AsObject());
        await Eventually.HoldsAsync(async () => await Api.GenerationAsync(id) is not null, TimeSpan.FromSeconds(30), $"generation {id} recorded");
        await using var live = await Api.EventsAsync($"v1/generations/{id}/events");
        Assert.Equal(HttpStatusCode.OK, live.Response.StatusCode);

        await Api.CancelAsync(id);
        var events = await live.ToEndAsync();

        Assert.Equal("cancelled", events[^1].Name);
        Assert.Equal("cancelled", events[^1].Json.GetProperty("status").GetString());
    }
}
