using System.Diagnostics;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// A burst of generations through one adapter's real workflow (saga, vendor-call consumers, scheduled status
/// checks, asset custody) with <see cref="InstantVendor"/>: the gateway's throughput and latency with the vendor's
/// own time taken out. On RabbitMQ the saga, its outbox and its timers are the PostgreSQL ones production uses.
/// </summary>
public static class WorkflowBenchmark
{
    public static async Task<WorkflowFigures> RunAsync(MessagingTransport transport, BenchmarkSettings settings)
    {
        await using var infrastructure = transport == MessagingTransport.RabbitMq ? await BenchmarkInfrastructure.CreateAsync() : null;
        var assetRoot = Path.Combine(Path.GetTempPath(), "bench-assets-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = Build(transport, infrastructure, assetRoot, settings);
            await host.StartAsync();
            var tracker = host.Services.GetRequiredService<CompletionTracker>();
            var bus = host.Services.GetRequiredService<IBus>();

            var consumed = new ConsumeCounter();
            bus.ConnectConsumeObserver(consumed);

            // Warm-up: JIT, connections, queues; not measured.
            await RunBurstAsync(bus, new CompletionTracker(), 0);
            consumed.Reset();
            var footprint = new ProcessFootprint();
            var clock = Stopwatch.StartNew();
            await RunBurstAsync(bus, tracker, settings.Generations);
            clock.Stop();
            footprint.Stop();
            await host.StopAsync();

            return new WorkflowFigures(transport, settings.Generations, tracker.Failed, clock.Elapsed,
                LatencySummary.Of(tracker.Latencies), footprint)
            {
                Consumed = consumed.PerGeneration(settings.Generations),
            };
        }
        finally
        {
            if (Directory.Exists(assetRoot))
            {
                Directory.Delete(assetRoot, recursive: true);
            }
        }
    }

    static async Task RunBurstAsync(IBus bus, CompletionTracker tracker, int count)
    {
        tracker.Expect(count);
        for (var index = 0; index < count; index++)
        {
            var request = Request();
            tracker.Requested(request.GenerationId);
            await bus.Publish(request);
        }

        await tracker.AllEnded.WaitAsync(TimeSpan.FromMinutes(10));
    }

    static GenerationRequested Request() => new()
    {
        GenerationId = NewId.NextGuid(),
        TenantId = "bench",
        Vendor = InstantVendor.Key,
        Kind = TaskKind.TextTo3d,
        Inputs = new GenerationInputs { Prompt = "a wooden chair" },
        Options = new GenerationOptions(),
    };

    static IHost Build(MessagingTransport transport, BenchmarkInfrastructure? infrastructure, string assetRoot, BenchmarkSettings settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // On RabbitMQ: the test broker's host, port, credentials and this run's virtual host.
        builder.Configuration.AddInMemoryCollection(infrastructure?.VirtualHost.Settings() ?? []);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = transport.ToString(),
            ["ConnectionStrings:Workflow"] = infrastructure?.Database.ConnectionString,
            ["Workflow:InitialCheckDelay"] = "00:00:00.100",
            ["Workflow:MinCheckDelay"] = "00:00:00.100",
            ["Workflow:MaxCheckDelay"] = "00:00:00.200",
            ["AssetStore:RootPath"] = assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.bench/v1/assets/",
        });
        builder.Services.AddSingleton<CompletionTracker>();
        builder.Services.AddSingleton<InstantVendor>();
        builder.AddGenerationWorkflow();
        builder.Services.AddHttpClient(EgressFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new InstantAssetHandler(settings.AssetKilobytes * 1024));
        builder.AddWorkflowMessaging("bench-scheduler", (x, storage) =>
        {
            x.AddVendorWorkflow<InstantVendor>(InstantVendor.Key, storage);
            x.AddConsumer<CompletionProbe>();
        });
        return builder.Build();
    }
}
