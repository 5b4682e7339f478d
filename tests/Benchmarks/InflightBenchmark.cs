using System.Diagnostics;
using System.Globalization;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// Many generations in flight at once through one adapter's real workflow on RabbitMQ and PostgreSQL, against
/// <see cref="SimulatedVendor"/> (slow, scarce): what holding them costs (memory, CPU, table rows), how punctual the status
/// checks are, how many vendor calls a job takes, and how the vendor's capacity is shared between a bursting tenant and a
/// quiet one. The vendor's capacity is also handed to the workflow as <c>Workflow:Vendors:sim:MaxConcurrentJobs</c>, so
/// admission control, where the workflow has it, queues what the vendor cannot take.
/// </summary>
public static class InflightBenchmark
{
    const int PublishConcurrency = 100;

    public static async Task<InflightFigures> RunAsync(InflightPhase phase, BenchmarkSettings settings)
    {
        await using var infrastructure = await BenchmarkInfrastructure.CreateAsync();
        var assetRoot = Path.Combine(Path.GetTempPath(), "bench-assets-" + Guid.NewGuid().ToString("N"));
        var loadAtStart = MachineLoad();
        try
        {
            var vendor = new SimulatedVendorLog(phase.JobDuration, phase.Capacity, phase.Interval);
            using var host = Build(phase, vendor, infrastructure, assetRoot, settings);
            await host.StartAsync();
            var tracker = host.Services.GetRequiredService<CompletionTracker>();
            var bus = host.Services.GetRequiredService<IBus>();

            var sampler = new ProcessSampler();
            var publishing = Stopwatch.StartNew();
            await PublishAsync(bus, tracker, vendor, InflightPhase.BurstTenant, phase.Burst, sampler);
            await PublishAsync(bus, tracker, vendor, InflightPhase.QuietTenant, phase.Quiet, sampler);
            publishing.Stop();

            // Filling: every request through the workflow to the vendor (all N for the hold phase, the first C for the fair one);
            // the window measures holding them, so it starts once they are all at the vendor (or the fill's time is up).
            var filling = Stopwatch.StartNew();
            var target = Math.Min(phase.Total, phase.Capacity);
            var fillEnd = Stopwatch.GetTimestamp() + (long)(settings.FillSeconds * (double)Stopwatch.Frequency);
            while (vendor.SubmittedCount < target && Stopwatch.GetTimestamp() < fillEnd)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                sampler.Sample();
            }

            filling.Stop();
            var held = vendor.RunningNow;
            var fill = new InflightFill(filling.Elapsed, vendor.SubmittedCount, target, held, MachineLoad());

            var tablesAtStart = await PostgresTableSizes.ReadAsync(infrastructure.Database.ConnectionString);
            var window = new ProcessSampler();
            var windowStart = Stopwatch.GetTimestamp();
            var windowClock = Stopwatch.StartNew();
            var peakInFlight = phase.Total - tracker.EndedCount;
            var end = windowStart + (long)(phase.Window.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < end)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                sampler.Sample();
                window.Sample();
                peakInFlight = Math.Max(peakInFlight, phase.Total - tracker.EndedCount);
            }

            var cpu = window.CpuPercentOfOneCore();
            var tables = await PostgresTableSizes.ReadAsync(infrastructure.Database.ConnectionString) with
            {
                Earlier = tablesAtStart,
                SinceEarlier = windowClock.Elapsed,
            };
            var running = vendor.RunningNow;
            var waiting = vendor.Jobs.Count(job => job.SubmittedAt is null);
            var overIdeal = vendor.MostCallsOverIdeal(Stopwatch.GetTimestamp());
            var ended = tracker.EndedCount;
            var failed = tracker.Failed;
            await host.StopAsync();

            return new InflightFigures(phase, vendor, ended, failed, peakInFlight, publishing.Elapsed, sampler.PeakResidentBytes, cpu,
                running, waiting, tables, loadAtStart, MachineLoad())
            {
                Fill = fill,
                WindowStartedAt = windowStart,
                PeakManagedBytes = sampler.PeakManagedBytes,
                WindowResidentBytes = window.PeakResidentBytes,
                CallsOverIdeal = overIdeal,
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

    /// <summary>The machine's load averages (the first three fields of /proc/loadavg), or "n/a" where there is none.</summary>
    public static string MachineLoad() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    static async Task PublishAsync(IBus bus, CompletionTracker tracker, SimulatedVendorLog vendor, string tenant, int count, ProcessSampler sampler)
    {
        var pending = new List<Task>(PublishConcurrency);
        for (var index = 0; index < count; index++)
        {
            var request = Request(tenant);
            tracker.Requested(request.GenerationId);
            vendor.Requested(request.GenerationId, tenant);
            pending.Add(bus.Publish(request));
            if (pending.Count == PublishConcurrency)
            {
                await Task.WhenAll(pending);
                pending.Clear();
                sampler.Sample();
            }
        }

        await Task.WhenAll(pending);
    }

    static GenerationRequested Request(string tenant) => new()
    {
        GenerationId = NewId.NextGuid(),
        TenantId = tenant,
        Vendor = SimulatedVendor.Key,
        Kind = TaskKind.TextTo3d,
        Inputs = new GenerationInputs { Prompt = "a wooden chair" },
        Options = new GenerationOptions(),
    };

    internal static IHost Build(InflightPhase phase, SimulatedVendorLog vendor, BenchmarkInfrastructure infrastructure, string assetRoot, BenchmarkSettings settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(infrastructure.VirtualHost.Settings());
        var interval = phase.Interval.ToString("c", CultureInfo.InvariantCulture);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Whatever appsettings.json sits in the working directory: one log line per generation would cost the process at 20,000.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Messaging:Transport"] = "RabbitMq",
            ["ConnectionStrings:Workflow"] = infrastructure.Database.ConnectionString,
            ["Workflow:InitialCheckDelay"] = interval,
            ["Workflow:MinCheckDelay"] = "00:00:00.100",
            ["Workflow:MaxCheckDelay"] = interval,
            // Lateness is measured against the interval: no deliberate spread of the checks (status poller's jitter).
            ["Workflow:CheckJitter"] = "0",
            // Read by admission control where the workflow has it (ignored before): the vendor's cap and its typical job.
            [$"Workflow:Vendors:{SimulatedVendor.Key}:MaxConcurrentJobs"] = phase.Capacity.ToString(CultureInfo.InvariantCulture),
            [$"Workflow:Vendors:{SimulatedVendor.Key}:TypicalJobDuration"] = phase.JobDuration.ToString("c", CultureInfo.InvariantCulture),
            ["AssetStore:RootPath"] = assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.bench/v1/assets/",
        });
        builder.Services.AddSingleton<CompletionTracker>();
        builder.Services.AddSingleton(vendor);
        builder.Services.AddSingleton<SimulatedVendor>();
        builder.AddGenerationWorkflow();
        builder.Services.AddHttpClient(EgressFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new InstantAssetHandler(settings.AssetKilobytes * 1024));
        builder.AddWorkflowMessaging("bench-scheduler", (x, storage) =>
        {
            x.AddVendorWorkflow<SimulatedVendor>(SimulatedVendor.Key, storage);
            x.AddConsumer<CompletionProbe>();
        });
        return builder.Build();
    }
}
