using System.Diagnostics.Metrics;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>What the dispatcher last did, for the health check, and its instruments for metrics.</summary>
internal sealed class SchedulerDispatchStatus
{
    /// <summary>Lag runs from milliseconds (woken by NOTIFY) to the poll interval and beyond when the dispatcher falls behind.</summary>
    static readonly double[] LagSeconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    readonly Counter<long> _dispatched;
    readonly Counter<long> _failedSends;
    readonly Histogram<double> _lag;
    long _lastCycleTicks;
    long _dispatchedTotal;
    long _pending = -1;
    string? _lastError;

    public SchedulerDispatchStatus(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(PostgresSchedulerHostingExtensions.MeterName);
        _dispatched = meter.CreateCounter<long>("messaging.scheduler.dispatched", "{message}", "Scheduled messages sent to their destination.");
        _failedSends = meter.CreateCounter<long>("messaging.scheduler.send_failures", "{message}", "Sends of due messages that failed and will be retried.");
        _lag = meter.CreateHistogram(
            "messaging.scheduler.lag", "s", "How late a scheduled message was sent: its claim by the dispatcher minus its due time (database clock).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LagSeconds });
        meter.CreateObservableGauge(
            "messaging.scheduler.pending", ObservePending, "{message}", "Scheduled messages stored and not yet sent, as of the dispatcher's last cycle.");
    }

    /// <summary>When the dispatcher last completed a cycle, or null before the first one.</summary>
    public DateTime? LastCycle => Interlocked.Read(ref _lastCycleTicks) is var ticks and > 0 ? new DateTime(ticks, DateTimeKind.Utc) : null;

    public string? LastError => Volatile.Read(ref _lastError);

    /// <summary>Messages this dispatcher has sent since it started.</summary>
    public long DispatchedTotal => Interlocked.Read(ref _dispatchedTotal);

    public void ReportCycle()
    {
        Interlocked.Exchange(ref _lastCycleTicks, DateTime.UtcNow.Ticks);
        Volatile.Write(ref _lastError, null);
    }

    public void ReportFailure(Exception exception) => Volatile.Write(ref _lastError, exception.Message);

    public void ReportDispatched(int sent, int failed)
    {
        Interlocked.Add(ref _dispatchedTotal, sent);
        _dispatched.Add(sent);
        _failedSends.Add(failed);
    }

    /// <summary>A message due at <paramref name="dueAt"/> was claimed at <paramref name="claimedAt"/> and sent.</summary>
    public void ReportLag(DateTime dueAt, DateTime claimedAt) => _lag.Record(Math.Max(0, (claimedAt - dueAt).TotalSeconds));

    public void ReportPending(long pending) => Interlocked.Exchange(ref _pending, pending);

    IEnumerable<Measurement<long>> ObservePending() =>
        Interlocked.Read(ref _pending) is var pending and >= 0 ? [new Measurement<long>(pending)] : [];
}
