using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport.Infrastructure;
using Xunit.Abstractions;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// One trace per generation: intake's request, the bus, every vendor call and the stored result (results kept in
/// PostgreSQL here, so its commands are in the trace too). The spans come from the OpenTelemetry instrumentation the
/// service defaults switch on; the test listens to the same sources.
/// </summary>
public sealed class OneTracePerGenerationTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly string[] Sources = ["GenerationGateway", "Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql"];

    readonly ConcurrentQueue<Activity> _spans = new();
    PostgresDatabase? _database;
    StandaloneHost? _host;
    ActivityListener? _listener;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("standalone_trace", maxPoolSize: 5);
        _host = new StandaloneHost(new Dictionary<string, string?>
        {
            ["Results:Persistence"] = "Postgres",
            ["ConnectionStrings:Results"] = _database.ConnectionString,
        });
        _listener = new ActivityListener
        {
            ShouldListenTo = source => Sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _listener?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_spans_of_one_generation_share_the_trace_id_the_api_returns()
    {
        using var api = await GatewayApi.ForNewTenantAsync(_host!.BaseAddress, "trace");
        var id = await api.SubmitAsync(new JsonObject
        {
            ["tenantId"] = api.TenantId,
            ["vendor"] = "rodin",
            ["kind"] = "text-to-3d",
            ["inputs"] = new JsonObject { ["prompt"] = "a traced chair" },
        });

        var generation = await api.CompletedAsync(id);
        var traceId = generation["traceId"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(traceId), "Results returned no trace id.");

        var spans = _spans.Where(span => span.TraceId.ToHexString() == traceId).ToList();
        output.WriteLine($"Generation {id}: trace {traceId} holds {spans.Count} spans");
        foreach (var span in spans)
        {
            output.WriteLine($"{span.Source.Name,-22} {span.Kind,-9} {span.DisplayName} {span.GetTagItem("url.full")}");
        }

        // The HTTP server span, named by its route with the standard attributes (the ASP.NET Core instrumentation's).
        Assert.Contains(spans, span => span.Source.Name == "Microsoft.AspNetCore" && span.Kind == ActivityKind.Server
            && span.DisplayName == "POST /v1/generations/" && span.GetTagItem("http.route") as string == "/v1/generations/"
            && span.GetTagItem("url.path") as string == "/v1/generations" && Equals(span.GetTagItem("http.response.status_code"), 202));
        Assert.Contains(spans, span => span.Source.Name == "MassTransit" && span.DisplayName.Contains("rodin-workflow", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.Source.Name == "MassTransit" && span.DisplayName.Contains("results-", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.Source.Name == "System.Net.Http" && Path(span).EndsWith("/rodin/api/v2/rodin", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.Source.Name == "System.Net.Http" && Path(span).EndsWith("/rodin/api/v2/status", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.Source.Name == "System.Net.Http" && Path(span).Contains("/rodin/files/", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.Source.Name == "Npgsql" && span.Kind == ActivityKind.Client
            && span.GetTagItem("db.system.name") as string == "postgresql" && span.GetTagItem("db.namespace") as string == _database!.Name);

        // Every bus span about this generation (its conversation) is in the same trace: timers included.
        var conversation = spans.Select(span => span.GetTagItem("messaging.message.conversation_id") as string).First(value => value is not null);
        var strays = _spans.Where(span => span.GetTagItem("messaging.message.conversation_id") as string == conversation && span.TraceId.ToHexString() != traceId).ToList();
        Assert.Empty(strays);
    }

    static string Path(Activity span) => span.GetTagItem("url.full") is string url ? new Uri(url).AbsolutePath : "";
}
