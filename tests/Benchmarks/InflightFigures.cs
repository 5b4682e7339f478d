using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace GenerationGateway.Benchmarks;

/// <summary>What one <see cref="InflightPhase"/> measured; computed from the simulated vendor's log.</summary>
public sealed record InflightFigures(
    InflightPhase Phase,
    SimulatedVendorLog Vendor,
    int Ended,
    int Failed,
    int PeakInFlight,
    TimeSpan PublishElapsed,
    long PeakResidentBytes,
    double CpuPercent,
    int RunningAtEnd,
    int WaitingAtEnd,
    PostgresTableSizes Tables,
    string LoadAtStart,
    string LoadAtEnd)
{
    /// <summary>How the jobs got to the vendor before the window.</summary>
    public required InflightFill Fill { get; init; }

    /// <summary>When the measured window began (a <see cref="Stopwatch"/> timestamp): every job was at the vendor by then.</summary>
    public required long WindowStartedAt { get; init; }

    public required long PeakManagedBytes { get; init; }

    /// <summary>Peak RSS over the window alone (holding, not filling).</summary>
    public required long WindowResidentBytes { get; init; }

    /// <summary>The most vendor calls any job made over its ideal (see <see cref="SimulatedVendorLog.MostCallsOverIdeal"/>).</summary>
    public required int? CallsOverIdeal { get; init; }

    public int InFlightAtEnd => Phase.Total - Ended;

    public IReadOnlyCollection<SimulatedJob> Finished => [.. Vendor.Jobs.Where(job => job.DoneSeenAt is not null)];

    public double CallsPerJobMean => Finished.Count == 0 ? 0 : Finished.Average(job => job.Calls);

    /// <summary>The most calls a finished job took; infinity when no job finished in the window (nothing to show).</summary>
    public double CallsPerJobMax => Finished.Count == 0 ? double.PositiveInfinity : Finished.Max(job => job.Calls);

    /// <summary>Lateness of the checks in the window, while every job is at the vendor.</summary>
    public LatencySummary Lateness => LatencySummary.Of([.. Vendor.LatenessSecondsSince(WindowStartedAt).Select(TimeSpan.FromSeconds)]);

    /// <summary>Lateness of every check, the fill included.</summary>
    public LatencySummary LatenessWithFill => LatencySummary.Of([.. Vendor.LatenessSeconds.Select(TimeSpan.FromSeconds)]);

    public LatencySummary QueueWait(string tenant) => LatencySummary.Of([.. Vendor.Jobs
        .Where(job => job.Tenant == tenant && job.SubmittedAt is not null)
        .Select(job => Stopwatch.GetElapsedTime(job.RequestedAt, job.SubmittedAt!.Value))]);

    public int Submitted(string tenant) => Vendor.Jobs.Count(job => job.Tenant == tenant && job.SubmittedAt is not null);

    /// <summary>
    /// For the quiet tenant's jobs: how long after the first slot freed following its request each was submitted (zero when
    /// it was submitted before any slot freed); the longest, or null when a quiet job was never submitted.
    /// </summary>
    public TimeSpan? QuietSubmitAfterSlotFreed
    {
        get
        {
            var freed = Vendor.SlotsFreed.Order().ToArray();
            var worst = TimeSpan.Zero;
            foreach (var job in Vendor.Jobs.Where(job => job.Tenant == InflightPhase.QuietTenant))
            {
                if (job.SubmittedAt is not { } submitted)
                {
                    return null;
                }

                var firstFree = freed.FirstOrDefault(at => at > job.RequestedAt);
                var delay = firstFree == 0 || submitted <= firstFree ? TimeSpan.Zero : Stopwatch.GetElapsedTime(firstFree, submitted);
                worst = delay > worst ? delay : worst;
            }

            return worst;
        }
    }

    public override string ToString()
    {
        var phase = Phase;
        var quiet = QuietSubmitAfterSlotFreed;
        return string.Create(CultureInfo.InvariantCulture, $"""
            inflight/{phase.Name}: {phase.Burst} generations of {InflightPhase.BurstTenant} then {phase.Quiet} of {InflightPhase.QuietTenant}; vendor job {phase.JobDuration.TotalSeconds:F0} s, capacity {phase.Capacity}, check interval {phase.Interval.TotalSeconds:F0} s, window {phase.Window.TotalSeconds:F0} s after the last request
              machine load (1/5/15 min) at start {LoadAtStart}, at end {LoadAtEnd}; requests published in {PublishElapsed.TotalSeconds:F1} s
              peak in flight (requested, no terminal event yet) {PeakInFlight}; at the end of the window: {InFlightAtEnd} in flight, {Ended} ended ({Failed} failed), {RunningAtEnd} running at the vendor, {WaitingAtEnd} not yet submitted
              {Fill}
              adapter process ({(GCSettings.IsServerGC ? "server" : "workstation")} GC{(GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent")}): peak RSS {PeakResidentBytes / 1048576.0:F0} MiB (window {WindowResidentBytes / 1048576.0:F0} MiB), GC heap peak {PeakManagedBytes / 1048576.0:F0} MiB, CPU {CpuPercent:F0} % of one core over the window
              check lateness against the interval in the window (s → ms): {Lateness}
              check lateness, the fill included: {LatenessWithFill}
              vendor calls per finished job (submit + checks): mean {CallsPerJobMean:F2}, max {CallsPerJobMax} over {Finished.Count} jobs; ideal ceil(T/I)+1 = {phase.IdealCallsPerJob}; most calls over the ideal of any job (running ones: submit + a check per whole interval since) {(CallsOverIdeal is { } over ? over.ToString(CultureInfo.InvariantCulture) : "n/a")}
              vendor: at most {Vendor.MaxRunning} jobs running (capacity {phase.Capacity}), {Vendor.Throttled} submits throttled
              queue wait request → submit, {InflightPhase.BurstTenant} ({Submitted(InflightPhase.BurstTenant)} submitted): {QueueWait(InflightPhase.BurstTenant)}
              queue wait request → submit, {InflightPhase.QuietTenant} ({Submitted(InflightPhase.QuietTenant)} submitted): {QueueWait(InflightPhase.QuietTenant)}
              quiet tenant's job submitted {(quiet is { } q ? $"{q.TotalMilliseconds:F0} ms" : "never")} after the first slot freed following its request (slot time T/C {phase.SlotTime.TotalMilliseconds:F0} ms)
              PostgreSQL tables at steady state (end of the window):
            {Tables}
            """);
    }
}
