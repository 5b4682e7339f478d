using System.Net;
using System.Text.Json;
using GenerationGateway.TestSupport.Sse;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>The SSE streams over the PostgreSQL event feed: order, resumption, tenancy, finished generations, keep-alives.</summary>
public sealed class GenerationEventsTests(GenerationEventsFactory factory) : IClassFixture<GenerationEventsFactory>
{
    IGenerationStore Store => factory.Services.GetRequiredService<IGenerationStore>();

    [Fact]
    public async Task Streams_accepted_progress_and_completed_then_closes()
    {
        var (tenant, id) = ($"sse-{Guid.NewGuid():N}", Guid.NewGuid());
        await Store.ApplyAsync(TestChanges.Requested(id, tenant), CancellationToken.None);
        using var client = factory.CreateApiClient(tenant);
        await using var stream = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);

        await Store.ApplyAsync(TestChanges.Accepted(id), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Progressed(id, GenerationStage.Processing, 40), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Progressed(id, GenerationStage.Processing, 30), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Progressed(id, GenerationStage.Processing, 70), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Completed(id, "model.glb"), CancellationToken.None);
        var events = await stream.ToEndAsync();

        Assert.Equal(["accepted", "progress", "progress", "completed"], events.Select(e => e.Name));
        Assert.Equal([40, 70], events.Where(e => e.Name == "progress").Select(e => e.Json.GetProperty("percent").GetInt32()));
        Assert.All(events, e => Assert.True(long.TryParse(e.Id, out _), $"event id '{e.Id}'"));
        Assert.Equal(events.Select(e => long.Parse(e.Id!)).Order(), events.Select(e => long.Parse(e.Id!)));
        var completed = events[^1].Json;
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal("model.glb", completed.GetProperty("assets")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_queued_generation_streams_its_queue_place_and_the_record_shows_it_only_while_queued()
    {
        var (tenant, id) = ($"sse-{Guid.NewGuid():N}", Guid.NewGuid());
        var at = DateTimeOffset.UtcNow;
        await Store.ApplyAsync(TestChanges.Requested(id, tenant, at: at), CancellationToken.None);
        using var client = factory.CreateApiClient(tenant);
        await using var stream = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events");

        await Store.ApplyAsync(TestChanges.Queued(id, 3, TimeSpan.FromSeconds(90), at.AddSeconds(1)), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Queued(id, 1, TimeSpan.FromSeconds(30), at.AddSeconds(2)), CancellationToken.None);
        var third = await stream.NextAsync();
        var first = await stream.NextAsync();
        using (var queued = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/v1/generations/{id}", UriKind.Relative))))
        {
            Assert.Equal(1, queued.RootElement.GetProperty("queue").GetProperty("position").GetInt32());
            Assert.Equal(30, queued.RootElement.GetProperty("queue").GetProperty("estimatedStartSeconds").GetInt32());
        }

        await Store.ApplyAsync(TestChanges.Progressed(id, GenerationStage.Submitting, 5) with { OccurredAt = at.AddSeconds(3) }, CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Accepted(id), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Completed(id, "model.glb"), CancellationToken.None);
        var rest = await stream.ToEndAsync();

        Assert.Equal(("progress", "queued"), (third?.Name, third?.Json.GetProperty("stage").GetString()));
        Assert.Equal((3, 90), (third!.Json.GetProperty("queue").GetProperty("position").GetInt32(), third.Json.GetProperty("queue").GetProperty("estimatedStartSeconds").GetInt32()));
        Assert.Equal(1, first!.Json.GetProperty("queue").GetProperty("position").GetInt32());
        Assert.Equal("submitting", rest[0].Json.GetProperty("stage").GetString());
        Assert.All(rest, e => Assert.False(e.Json.TryGetProperty("queue", out var queue) && queue.ValueKind != JsonValueKind.Null, e.Name));
        using var done = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/v1/generations/{id}", UriKind.Relative)));
        Assert.False(done.RootElement.TryGetProperty("queue", out var gone) && gone.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Reconnect_with_last_event_id_resumes_without_loss()
    {
        var (tenant, id) = ($"sse-{Guid.NewGuid():N}", Guid.NewGuid());
        await Store.ApplyAsync(TestChanges.Requested(id, tenant), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Accepted(id), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Progressed(id, GenerationStage.Processing, 20), CancellationToken.None);
        using var client = factory.CreateApiClient(tenant);
        string acceptedId;
        await using (var first = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events"))
        {
            var accepted = await first.NextAsync();
            Assert.Equal("accepted", accepted?.Name);
            acceptedId = accepted!.Id!;
        }

        await Store.ApplyAsync(TestChanges.Progressed(id, GenerationStage.Processing, 60), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Failed(id), CancellationToken.None);
        await using var resumed = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events", lastEventId: acceptedId);
        var events = await resumed.ToEndAsync();

        Assert.Equal(["progress", "progress", "failed"], events.Select(e => e.Name));
        Assert.Equal([20, 60], events.Take(2).Select(e => e.Json.GetProperty("percent").GetInt32()));
        Assert.All(events, e => Assert.True(long.Parse(e.Id!) > long.Parse(acceptedId)));
    }

    [Fact]
    public async Task A_finished_generation_sends_its_final_state_at_once_and_closes()
    {
        var (tenant, id) = ($"sse-{Guid.NewGuid():N}", Guid.NewGuid());
        await Store.ApplyAsync(TestChanges.Requested(id, tenant), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Accepted(id), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Cancelled(id), CancellationToken.None);
        using var client = factory.CreateApiClient(tenant);

        await using var stream = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events");
        var events = await stream.ToEndAsync();

        var only = Assert.Single(events);
        Assert.Equal("cancelled", only.Name);
        Assert.Equal("cancelled", only.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stream_opened_before_a_cancel_of_a_requested_generation_ends_with_cancelled()
    {
        var (tenant, id) = ($"sse-{Guid.NewGuid():N}", Guid.NewGuid());
        await Store.ApplyAsync(TestChanges.Requested(id, tenant), CancellationToken.None);
        using var client = factory.CreateApiClient(tenant);
        await using var stream = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events");
        await using var tenantStream = await SseReader.OpenAsync(client, "/v1/events");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tenantStream.Response.StatusCode);

        await Store.ApplyAsync(
            new() { GenerationId = id, Vendor = TestChanges.Vendor, MessageId = Guid.NewGuid(), CancelRequested = true }, CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Cancelled(id), CancellationToken.None);
        var events = await stream.ToEndAsync();
        var tenantEvent = await tenantStream.NextAsync();

        var only = Assert.Single(events);
        Assert.Equal("cancelled", only.Name);
        Assert.Equal("cancelled", only.Json.GetProperty("status").GetString());
        Assert.Equal(("cancelled", only.Id), (tenantEvent?.Name, tenantEvent?.Id));
    }

    [Fact]
    public async Task Another_tenants_generation_answers_404_like_an_unknown_one()
    {
        var id = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(id, $"owner-{Guid.NewGuid():N}"), CancellationToken.None);
        using var other = factory.CreateApiClient($"other-{Guid.NewGuid():N}");

        await using var foreign = await SseReader.OpenAsync(other, $"/v1/generations/{id}/events");
        await using var unknown = await SseReader.OpenAsync(other, $"/v1/generations/{Guid.NewGuid()}/events");

        Assert.Equal(HttpStatusCode.NotFound, foreign.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Response.StatusCode);
        Assert.Equal("application/problem+json", foreign.Response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_idle_stream_gets_a_keep_alive_comment_every_15_seconds_of_the_clock()
    {
        var (tenant, id) = ($"sse-{Guid.NewGuid():N}", Guid.NewGuid());
        await Store.ApplyAsync(TestChanges.Requested(id, tenant), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Accepted(id), CancellationToken.None);
        using var client = factory.CreateApiClient(tenant);
        await using var stream = await SseReader.OpenAsync(client, $"/v1/generations/{id}/events");
        Assert.Equal("accepted", (await stream.NextAsync())?.Name);

        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        var keepAlive = await stream.NextAsync();

        Assert.Equal("keep-alive", keepAlive?.Comment);
    }

    [Fact]
    public async Task The_tenant_stream_carries_only_the_tenants_generations_of_the_filtered_vendor()
    {
        var tenant = $"sse-{Guid.NewGuid():N}";
        var (rodin, other, foreign) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        using var client = factory.CreateApiClient(tenant);
        await using var stream = await SseReader.OpenAsync(client, "/v1/events?vendor=rodin");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);

        await Store.ApplyAsync(TestChanges.Requested(other, tenant, vendor: "aholo"), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Requested(foreign, $"other-{Guid.NewGuid():N}"), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Accepted(foreign), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Requested(rodin, tenant), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Accepted(rodin), CancellationToken.None);

        var first = await stream.NextAsync();
        Assert.Equal("accepted", first?.Name);
        Assert.Equal(rodin, first!.Json.GetProperty("generationId").GetGuid());
    }

    [Fact]
    public async Task The_openapi_document_answers_without_a_key_and_describes_both_streams()
    {
        using var anonymous = factory.CreateClient();

        var document = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(document["paths"]!["/v1/generations/{id}/events"]!["get"]!["responses"]!["200"]!["content"]!["text/event-stream"]);
        Assert.NotNull(document["paths"]!["/v1/events"]!["get"]!["security"]);
        Assert.Contains("queue: {position, estimatedStartSeconds}", document["paths"]!["/v1/events"]!["get"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var schemas = document["components"]!["schemas"]!;
        var queue = schemas["GenerationRecord"]!["properties"]!["queue"]!.ToJsonString();
        var place = schemas["GenerationQueuePlace"]!["properties"]!;
        Assert.Contains("GenerationQueuePlace", queue, StringComparison.Ordinal);
        Assert.Contains("integer", place["position"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(place["estimatedStartSeconds"]);
        Assert.Null(schemas["GenerationRecord"]!["properties"]!["stageReportedAt"]);
    }
}
