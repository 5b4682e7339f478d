using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Cli.Tests;

/// <summary>
/// A generation waiting for a capped vendor's slot: <c>get</c>, <c>list</c> and <c>watch</c> show its place in the queue and the
/// estimated start, against a stub gateway answering the API's recorded JSON (a queue place needs a vendor at its cap).
/// </summary>
public sealed class QueuedGenerationOutputTests : IAsyncLifetime
{
    static readonly Guid Id = Guid.Parse("01a2514f-0000-7000-8000-000000000001");

    const string Queued = """
        {"id":"01a2514f-0000-7000-8000-000000000001","tenantId":"demo","vendor":"hunyuan3d-pro","kind":"text-to-3d","status":"requested",
         "stage":"queued","progress":5,"queue":{"position":3,"estimatedStartSeconds":150},"assets":[],
         "createdAt":"2026-12-07T22:00:00+00:00","updatedAt":"2026-12-07T22:00:05+00:00"}
        """;

    const string Completed = """
        {"id":"01a2514f-0000-7000-8000-000000000001","tenantId":"demo","vendor":"hunyuan3d-pro","kind":"text-to-3d","status":"completed",
         "stage":"collecting","progress":100,"assets":[],"createdAt":"2026-12-07T22:00:00+00:00","updatedAt":"2026-12-07T22:09:00+00:00",
         "completedAt":"2026-12-07T22:09:00+00:00"}
        """;

    static readonly string Events = string.Join("\n\n",
        """id: 2""" + "\nevent: progress\ndata: " + """{"generationId":"01a2514f-0000-7000-8000-000000000001","vendor":"hunyuan3d-pro","status":"requested","stage":"queued","percent":5,"queue":{"position":3,"estimatedStartSeconds":150}}""",
        """id: 3""" + "\nevent: progress\ndata: " + """{"generationId":"01a2514f-0000-7000-8000-000000000001","vendor":"hunyuan3d-pro","status":"requested","stage":"queued","percent":5,"queue":{"position":1,"estimatedStartSeconds":40}}""",
        """id: 4""" + "\nevent: progress\ndata: " + """{"generationId":"01a2514f-0000-7000-8000-000000000001","vendor":"hunyuan3d-pro","status":"requested","stage":"submitting","percent":10}""",
        """id: 5""" + "\nevent: completed\ndata: " + Completed.ReplaceLineEndings(" ")) + "\n\n";

    WebApplication _stub = null!;
    Uri _address = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _stub = builder.Build();
        _stub.MapGet("/v1/generations/{id:guid}", () => TypedResults.Text(Queued, "application/json"));
        _stub.MapGet("/v1/generations", () => TypedResults.Text($$"""{"items":[{{Queued}}],"page":1,"pageSize":20,"totalCount":1}""", "application/json"));
        _stub.MapGet("/v1/generations/{id:guid}/events", () => TypedResults.Text(Events, "text/event-stream", Encoding.UTF8));
        await _stub.StartAsync();
        _address = new Uri(_stub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task Get_shows_the_place_in_the_queue_and_the_estimated_start()
    {
        var run = await GatewayCli.For(_address, "gw_stub").RunAsync("get", Id.ToString());

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        Assert.Contains("requested (queued, #3 in queue, starts in about 3 min, 5 %)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_the_place_in_the_queue()
    {
        var run = await GatewayCli.For(_address, "gw_stub").RunAsync("list");

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        Assert.Contains("#3 in queue", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_prints_each_move_in_the_queue_then_the_stages_without_it()
    {
        var run = await GatewayCli.For(_address, "gw_stub").RunAsync("watch", Id.ToString());

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        var lines = run.Output.Split('\n').Select(line => line.TrimEnd()).ToList();
        Assert.Contains("01a2514f hunyuan3d-pro queued 5% · #3 in queue, starts in about 3 min", lines);
        Assert.Contains("01a2514f hunyuan3d-pro queued 5% · #1 in queue, starts in about 40 s", lines);
        Assert.Contains("01a2514f hunyuan3d-pro submitting 10%", lines);
    }

    [Fact]
    public async Task Json_output_keeps_the_queue_object_as_the_api_sent_it()
    {
        var run = await GatewayCli.For(_address, "gw_stub").RunAsync("get", Id.ToString(), "--output", "json");

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        Assert.Equal(3, run.Json["queue"]!["position"]!.GetValue<int>());
        Assert.Equal(150, run.Json["queue"]!["estimatedStartSeconds"]!.GetValue<int>());
    }
}
