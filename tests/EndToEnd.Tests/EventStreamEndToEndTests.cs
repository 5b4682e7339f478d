using System.Net;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Sse;
using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The SSE stream on RabbitMQ + PostgreSQL with two results replicas consuming the same queues: a client of either replica
/// sees every event, whichever replica consumed it, and a reconnect to the other replica with <c>Last-Event-ID</c> resumes.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class EventStreamEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_results_replicas_serve_the_same_stream_until_completed_and_resume_across_replicas()
    {
        await using var gateway = await GatewayDeployment.StartAsync();
        var second = await gateway.StartResultsReplicaAsync();
        output.WriteLine($"End-to-end against real services: {gateway.Description}, and a second results replica");

        var id = await gateway.SubmitRodinAsync("a chair streamed over two replicas");
        var path = $"v1/generations/{id}/events";
        await Eventually.HoldsAsync(
            async () => (await second.GetAsync(new Uri($"v1/generations/{id}", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            GatewayDeployment.GenerationTimeout, () => $"generation {id} recorded\n{gateway.Outputs()}");

        await using var onFirst = await SseReader.OpenAsync(gateway.ResultsClient, path);
        await using var onSecond = await SseReader.OpenAsync(second, path);
        SseEvent firstOfSecond;
        await using (var interrupted = await SseReader.OpenAsync(second, path))
        {
            firstOfSecond = await interrupted.NextAsync() ?? throw new InvalidOperationException("The stream closed before its first event.");
        }

        await using var resumed = await SseReader.OpenAsync(gateway.ResultsClient, path, lastEventId: firstOfSecond.Id);
        var fromFirst = await onFirst.ToEndAsync();
        var fromSecond = await onSecond.ToEndAsync();
        var afterResume = await resumed.ToEndAsync();
        output.WriteLine(string.Join('\n', fromFirst.Select(e => $"id {e.Id} {e.Name} {e.Data}")));

        Assert.Equal("completed", fromFirst[^1].Name);
        Assert.Equal(1, fromFirst.Count(e => e.Name is "completed" or "failed" or "cancelled"));
        Assert.Contains(fromFirst, e => e.Name == "accepted");
        Assert.Contains(fromFirst, e => e.Name == "progress");
        Assert.Equal(fromFirst.Select(e => (e.Id, e.Name)), fromSecond.Select(e => (e.Id, e.Name)));
        Assert.Equal(fromFirst.SkipWhile(e => e.Id != firstOfSecond.Id).Skip(1).Select(e => (e.Id, e.Name)), afterResume.Select(e => (e.Id, e.Name)));
        var percents = fromFirst.Where(e => e.Name is "accepted" or "progress").Select(e => e.Json.GetProperty("percent").GetInt32()).ToList();
        Assert.Equal(percents.Order(), percents);
        Assert.NotEmpty(fromFirst[^1].Json.GetProperty("assets").EnumerateArray());
    }
}
