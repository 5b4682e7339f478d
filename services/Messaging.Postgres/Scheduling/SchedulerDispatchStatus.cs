using System.Diagnostics.Metrics;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>What the dispatcher last did, for the health check, and its counters for metrics.</summary>
internal sealed class SchedulerDispatchStatus : IDisposable
{
    readonly Meter _meter = new(PostgresSchedulerHostingExtensions.MeterName);
    readonly Counter<long> _dispatched;
    readonly Counter<long> _failedSends;
    long _lastCycleTicks;
    long _dispatchedTotal;
    string? _lastError;

    public SchedulerDispatchStatus()
    {
        _dispatched = _meter.CreateCounter<long>("messaging.scheduler.dispatched", "{message}", "Scheduled messages sent to their destination.");
        _failedSends = _meter.CreateCounter<long>("messaging.scheduler.send_failures", "{message}", "Sends of due messages that failed and will be retried.");
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

    public void Dispose() => _meter.Dispose();
}
