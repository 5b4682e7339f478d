using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenerationGateway.Contracts;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// The gateway's own instruments, on the meter <see cref="GatewayTelemetry.Name"/> (exported with the others, see
/// <see cref="GatewayTelemetry.Meters"/>). One instance per service provider, created from its <see cref="IMeterFactory"/>;
/// the README's "Metrics" section lists every instrument and who records it.
/// </summary>
public sealed class GatewayMetrics
{
    public const string GenerationsStarted = "gateway.generations.started";
    public const string GenerationsCompleted = "gateway.generations.completed";
    public const string GenerationsFailed = "gateway.generations.failed";
    public const string GenerationsCancelled = "gateway.generations.cancelled";
    public const string GenerationsInFlight = "gateway.generations.in_flight";
    public const string GenerationDuration = "gateway.generation.duration";
    public const string StageDuration = "gateway.generation.stage.duration";
    public const string VendorRequestDuration = "gateway.vendor.request.duration";

    public const string VendorTag = "gateway.vendor";
    public const string TaskKindTag = "gateway.task.kind";
    public const string FailureReasonTag = "gateway.failure.reason";
    public const string OutcomeTag = "gateway.generation.outcome";
    public const string StageTag = "gateway.generation.stage";
    public const string OperationTag = "gateway.vendor.operation";
    public const string MethodTag = "http.request.method";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";

    /// <summary>Generations take seconds to hours (the default deadline is four).</summary>
    static readonly double[] GenerationSeconds = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200, 14400];

    static readonly double[] RequestSeconds = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

    readonly Counter<long> _started;
    readonly Counter<long> _completed;
    readonly Counter<long> _failed;
    readonly Counter<long> _cancelled;
    readonly UpDownCounter<long> _inFlight;
    readonly Histogram<double> _duration;
    readonly Histogram<double> _stageDuration;
    readonly Histogram<double> _vendorRequestDuration;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(GatewayTelemetry.Name);
        _started = meter.CreateCounter<long>(GenerationsStarted, "{generation}", "Generations whose workflow started at a vendor adapter.");
        _completed = meter.CreateCounter<long>(GenerationsCompleted, "{generation}", "Generations that ended completed.");
        _failed = meter.CreateCounter<long>(GenerationsFailed, "{generation}", "Generations that ended failed, by reason.");
        _cancelled = meter.CreateCounter<long>(GenerationsCancelled, "{generation}", "Generations that ended cancelled.");
        _inFlight = meter.CreateUpDownCounter<long>(GenerationsInFlight, "{generation}", "Generations started and not yet ended (sum over the adapter's replicas).");
        _duration = meter.CreateHistogram(GenerationDuration, "s", "From the request's publish to the generation's end.", advice: Buckets(GenerationSeconds));
        _stageDuration = meter.CreateHistogram(StageDuration, "s", "Time a generation spent in one workflow stage.", advice: Buckets(GenerationSeconds));
        _vendorRequestDuration = meter.CreateHistogram(VendorRequestDuration, "s", "HTTP calls to a vendor, by operation, status and error.", advice: Buckets(RequestSeconds));
    }

    public void GenerationStarted(string vendor, TaskKind kind)
    {
        _started.Add(1, new TagList { { VendorTag, vendor }, { TaskKindTag, WireNames.Of(kind) } });
        _inFlight.Add(1, new KeyValuePair<string, object?>(VendorTag, vendor));
    }

    public void GenerationCompleted(string vendor, TaskKind kind, TimeSpan duration) =>
        Ended(_completed, vendor, kind, "completed", null, duration);

    public void GenerationFailed(string vendor, TaskKind kind, FailureReason reason, TimeSpan duration) =>
        Ended(_failed, vendor, kind, "failed", WireNames.Of(reason), duration);

    public void GenerationCancelled(string vendor, TaskKind kind, TimeSpan duration) =>
        Ended(_cancelled, vendor, kind, "cancelled", null, duration);

    /// <summary>A generation left <paramref name="stage"/> (preparing, queued, submitting, processing with the collection, cancelling) after <paramref name="duration"/>.</summary>
    public void StageEnded(string vendor, string stage, TimeSpan duration) =>
        _stageDuration.Record(Seconds(duration), new TagList { { VendorTag, vendor }, { StageTag, stage } });

    /// <summary>One HTTP call to a vendor: <paramref name="statusCode"/> when it answered, <paramref name="errorType"/> when it failed.</summary>
    public void VendorRequestEnded(string vendor, string operation, string method, int? statusCode, string? errorType, TimeSpan duration)
    {
        var tags = new TagList { { VendorTag, vendor }, { OperationTag, operation }, { MethodTag, method } };
        if (statusCode is { } status)
        {
            tags.Add(StatusCodeTag, status);
        }

        if (errorType is not null)
        {
            tags.Add(ErrorTypeTag, errorType);
        }

        _vendorRequestDuration.Record(Seconds(duration), tags);
    }

    void Ended(Counter<long> counter, string vendor, TaskKind kind, string outcome, string? reason, TimeSpan duration)
    {
        var tags = new TagList { { VendorTag, vendor }, { TaskKindTag, WireNames.Of(kind) } };
        if (reason is not null)
        {
            tags.Add(FailureReasonTag, reason);
        }

        counter.Add(1, tags);
        _inFlight.Add(-1, new KeyValuePair<string, object?>(VendorTag, vendor));
        _duration.Record(Seconds(duration), new TagList { { VendorTag, vendor }, { OutcomeTag, outcome } });
    }

    /// <summary>Clocks of different hosts may disagree a little: a duration is never negative.</summary>
    static double Seconds(TimeSpan duration) => Math.Max(0, duration.TotalSeconds);

    static InstrumentAdvice<double> Buckets(double[] boundaries) => new() { HistogramBucketBoundaries = boundaries };
}
