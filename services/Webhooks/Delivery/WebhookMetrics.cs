using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>The webhook service's instruments, on the gateway's meter (<see cref="GatewayTelemetry.Name"/>).</summary>
public sealed class WebhookMetrics
{
    public const string Deliveries = "gateway.webhook.deliveries";
    public const string AttemptDuration = "gateway.webhook.attempt.duration";
    public const string Backlog = "gateway.webhook.backlog";
    public const string OldestPendingAge = "gateway.webhook.oldest_pending.age";

    /// <summary><c>delivered</c>, <c>retrying</c>, <c>failed</c>, <c>endpoint-disabled</c>.</summary>
    public const string OutcomeTag = "gateway.webhook.outcome";
    public const string EventTypeTag = "gateway.webhook.event";

    static readonly double[] AttemptSeconds = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    readonly Counter<long> _deliveries;
    readonly Histogram<double> _attemptDuration;
    readonly TimeProvider _time;
    long _backlog;
    DateTimeOffset? _oldest;

    public WebhookMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _time = time;
        var meter = meterFactory.Create(GatewayTelemetry.Name);
        _deliveries = meter.CreateCounter<long>(Deliveries, "{attempt}", "Webhook delivery attempts by outcome (delivered, retrying, failed, endpoint-disabled) and event type.");
        _attemptDuration = meter.CreateHistogram(AttemptDuration, "s", "One webhook POST, from sending to the answer's status line (or the failure).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AttemptSeconds });
        meter.CreateObservableGauge(Backlog, () => Volatile.Read(ref _backlog), "{delivery}", "Webhook deliveries not yet delivered, failed or disabled (all replicas; as last seen by this one).");
        meter.CreateObservableGauge(OldestPendingAge, () => _oldest is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0, "s",
            "Age of the oldest webhook delivery not yet delivered.");
    }

    public void Attempted(string outcome, string eventType, TimeSpan duration)
    {
        var tags = new TagList { { OutcomeTag, outcome }, { EventTypeTag, eventType } };
        _deliveries.Add(1, tags);
        _attemptDuration.Record(duration.TotalSeconds, tags);
    }

    public void BacklogSeen(long pending, DateTimeOffset? oldest)
    {
        Volatile.Write(ref _backlog, pending);
        _oldest = oldest;
    }
}
