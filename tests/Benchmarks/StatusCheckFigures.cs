using System.Globalization;
using System.Runtime;

namespace GenerationGateway.Benchmarks;

/// <summary>What <see cref="StatusCheckBenchmark"/> measured over its window.</summary>
public sealed record StatusCheckFigures(
    InflightPhase Phase,
    TimeSpan Seeding,
    LatencySummary Lateness,
    int? CallsOverIdeal,
    long PeakResidentBytes,
    long PeakManagedBytes,
    double CpuPercent,
    PostgresTableSizes Tables,
    string LoadAtStart,
    string LoadAtEnd)
{
    public double ChecksPerSecond => Lateness.Count / Phase.Window.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        statuschecks: {Phase.Total} jobs held at the vendor (seeded into status_checks through the store in {Seeding.TotalSeconds:F0} s, due evenly over one interval), check interval {Phase.Interval.TotalSeconds:F0} s, window {Phase.Window.TotalSeconds:F0} s
          machine load (1/5/15 min) at start {LoadAtStart}, at end {LoadAtEnd}
          checks in the window: {Lateness.Count} ({ChecksPerSecond:F0}/s; needed {Phase.Total / Phase.Interval.TotalSeconds:F0}/s)
          check lateness against the interval (s → ms): {Lateness}
          most vendor calls over the ideal of any job (a check per whole interval): {(CallsOverIdeal is { } over ? over.ToString(CultureInfo.InvariantCulture) : "n/a")}
          adapter process ({(GCSettings.IsServerGC ? "server" : "workstation")} GC): peak RSS {PeakResidentBytes / 1048576.0:F0} MiB, GC heap peak {PeakManagedBytes / 1048576.0:F0} MiB, CPU {CpuPercent:F0} % of one core over the window
          PostgreSQL tables at the end of the window:
        {Tables}
        """);
}
