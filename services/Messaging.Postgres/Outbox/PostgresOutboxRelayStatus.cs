using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GenerationGateway.Messaging.Postgres.Scheduling;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>What the relay last did, for the health check, and its instruments for metrics.</summary>
internal sealed class PostgresOutboxRelayStatus
{
    /// <summary>Tag of the backlog gauge: the database whose outbox it counts.</summary>
    public const string DatabaseTag = "db.namespace";

    readonly Counter<long> _relayed;
    readonly Counter<long> _failedSends;
    readonly ConcurrentDictionary<string, long> _backlog = new(StringComparer.Ordinal);
    long _lastCycleTicks;
    long _relayedTotal;
    string? _lastError;

    public PostgresOutboxRelayStatus(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(PostgresSchedulerHostingExtensions.MeterName);
        _relayed = meter.CreateCounter<long>("messaging.outbox.relayed", "{message}", "Outbox messages the background relay delivered.");
        _failedSends = meter.CreateCounter<long>("messaging.outbox.send_failures", "{message}", "Relay sends that failed and will be retried.");
        meter.CreateObservableGauge(
            "messaging.outbox.backlog", ObserveBacklog, "{message}", "Messages committed to the outbox and not yet delivered, as of the relay's last cycle.");
    }

    /// <summary>When the relay last completed a cycle, or null before the first one.</summary>
    public DateTime? LastCycle => Interlocked.Read(ref _lastCycleTicks) is var ticks and > 0 ? new DateTime(ticks, DateTimeKind.Utc) : null;

    public string? LastError => Volatile.Read(ref _lastError);

    /// <summary>Messages this process's relay has delivered since it started.</summary>
    public long RelayedTotal => Interlocked.Read(ref _relayedTotal);

    public void ReportCycle()
    {
        Interlocked.Exchange(ref _lastCycleTicks, DateTime.UtcNow.Ticks);
        Volatile.Write(ref _lastError, null);
    }

    public void ReportFailure(Exception exception) => Volatile.Write(ref _lastError, exception.Message);

    public void ReportRelayed(int sent, int failed)
    {
        Interlocked.Add(ref _relayedTotal, sent);
        _relayed.Add(sent);
        _failedSends.Add(failed);
    }

    public void ReportBacklog(string database, long messages) => _backlog[database] = messages;

    IEnumerable<Measurement<long>> ObserveBacklog() =>
        _backlog.Select(entry => new Measurement<long>(entry.Value, new KeyValuePair<string, object?>(DatabaseTag, entry.Key)));
}
