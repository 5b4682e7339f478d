using System.Diagnostics;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// The steady state of holding N jobs, without filling it through the saga first: N entries are written to the adapter's
/// <c>status_checks</c> table through the real store, due evenly over one interval, as N jobs submitted over the previous
/// interval leave it, and the real adapter (its poller, its bus, its database) checks them against
/// <see cref="SimulatedVendor"/>. At steady state a check that finds nothing new sends the workflow nothing, so this is what
/// one replica does while it holds N: what the hold phase of <c>inflight</c> reaches after its fill, at sizes the fill cannot
/// reach on a loaded 2-core machine in reasonable time (the saga takes tens of generations per second).
/// </summary>
public static class StatusCheckBenchmark
{
    const int SeedConcurrency = 8;

    public static async Task<StatusCheckFigures> RunAsync(BenchmarkSettings settings)
    {
        var phase = new InflightPhase("statuschecks", settings.Inflight, 0, settings.Inflight, TimeSpan.FromDays(1),
            TimeSpan.FromSeconds(settings.IntervalSeconds), TimeSpan.FromSeconds(settings.WindowSeconds));
        await using var infrastructure = await BenchmarkInfrastructure.CreateAsync();
        var assetRoot = Path.Combine(Path.GetTempPath(), "bench-assets-" + Guid.NewGuid().ToString("N"));
        var loadAtStart = InflightBenchmark.MachineLoad();
        var vendor = new SimulatedVendorLog(phase.JobDuration, phase.Capacity, phase.Interval);
        using var host = InflightBenchmark.Build(phase, vendor, infrastructure, assetRoot, settings);
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IStatusCheckStore>();

        // Due from a little after the seeding (which takes a while at 20,000) and evenly over one interval after that.
        var seeding = Stopwatch.StartNew();
        var lead = TimeSpan.FromSeconds(5 + (phase.Total / 500.0));
        var nowTicks = Stopwatch.GetTimestamp();
        var nowUtc = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, phase.Total), new ParallelOptions { MaxDegreeOfParallelism = SeedConcurrency }, async (index, token) =>
        {
            var offset = lead + (phase.Interval * index / phase.Total);
            var generationId = NewId.NextGuid();
            vendor.Holding(generationId, InflightPhase.BurstTenant, nowTicks + (long)((offset - phase.Interval).TotalSeconds * Stopwatch.Frequency));
            await store.TrackAsync(Entry(generationId, nowUtc + offset), null, token);
        });
        seeding.Stop();

        // The window starts once the first round is under way, so what it measures is holding, not the seeding.
        var windowStartUtc = nowUtc + lead;
        if (windowStartUtc > DateTimeOffset.UtcNow)
        {
            await Task.Delay(windowStartUtc - DateTimeOffset.UtcNow);
        }

        var tablesAtStart = await PostgresTableSizes.ReadAsync(infrastructure.Database.ConnectionString);
        var window = new ProcessSampler();
        var windowStart = Stopwatch.GetTimestamp();
        var end = windowStart + (long)(phase.Window.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            window.Sample();
        }

        var cpu = window.CpuPercentOfOneCore();
        var tables = await PostgresTableSizes.ReadAsync(infrastructure.Database.ConnectionString) with
        {
            Earlier = tablesAtStart,
            SinceEarlier = Stopwatch.GetElapsedTime(windowStart),
        };
        var lateness = LatencySummary.Of([.. vendor.LatenessSecondsSince(windowStart).Select(TimeSpan.FromSeconds)]);
        var overIdeal = vendor.MostCallsOverIdeal(Stopwatch.GetTimestamp());
        await host.StopAsync();
        if (Directory.Exists(assetRoot))
        {
            Directory.Delete(assetRoot, recursive: true);
        }

        return new StatusCheckFigures(phase, seeding.Elapsed, lateness, overIdeal, window.PeakResidentBytes, window.PeakManagedBytes, cpu, tables,
            loadAtStart, InflightBenchmark.MachineLoad());
    }

    static StatusCheckEntry Entry(Guid generationId, DateTimeOffset due) => new()
    {
        Vendor = SimulatedVendor.Key,
        GenerationId = generationId,
        Job = new VendorJob
        {
            GenerationId = generationId,
            Request = new GenerationRequested
            {
                GenerationId = generationId,
                TenantId = InflightPhase.BurstTenant,
                Vendor = SimulatedVendor.Key,
                Kind = TaskKind.TextTo3d,
                Inputs = new GenerationInputs { Prompt = "a wooden chair" },
                Options = new GenerationOptions(),
            },
            VendorJobId = generationId.ToString("N"),
        },
        Deadline = DateTimeOffset.UtcNow.AddDays(1),
        NextCheckAt = due,
        // The workflow was told 50 % once already: an unchanged answer sends it nothing, as at steady state.
        LastPercent = 50,
    };
}
