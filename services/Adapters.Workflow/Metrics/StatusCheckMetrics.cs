using System.Diagnostics.Metrics;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>What the status pollers do: checks run (by outcome), how late each ran against its due time, and the size of the claimed batches and vendor calls.</summary>
public sealed class StatusCheckMetrics
{
    public const string Checks = "gateway.status_checks";
    public const string Lateness = "gateway.status_check.lateness";
    public const string ClaimSize = "gateway.status_check.claim.size";
    public const string VendorBatchSize = "gateway.status_check.vendor_batch.size";
    public const string OutcomeTag = "gateway.status_check.outcome";

    static readonly double[] LatenessSeconds = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300];
    static readonly int[] Sizes = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

    readonly Counter<long> _checks;
    readonly Histogram<double> _lateness;
    readonly Histogram<int> _claimSize;
    readonly Histogram<int> _vendorBatchSize;

    public StatusCheckMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(GatewayTelemetry.Name);
        _checks = meter.CreateCounter<long>(Checks, "{check}", "Status checks of vendor jobs, by outcome (unchanged, changed, failed, dropped).");
        _lateness = meter.CreateHistogram(Lateness, "s", "How long after its due time a status check ran.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatenessSeconds });
        _claimSize = meter.CreateHistogram(ClaimSize, "{check}", "Due checks one poller pass claimed.", advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = Sizes });
        _vendorBatchSize = meter.CreateHistogram(VendorBatchSize, "{job}", "Jobs one batched vendor status call asked about.", advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = Sizes });
    }

    public void Checked(string vendor, string outcome, TimeSpan lateness)
    {
        var vendorTag = new KeyValuePair<string, object?>(GatewayMetrics.VendorTag, vendor);
        _checks.Add(1, vendorTag, new KeyValuePair<string, object?>(OutcomeTag, outcome));
        _lateness.Record(Math.Max(0, lateness.TotalSeconds), vendorTag);
    }

    public void Claimed(string vendor, int count) =>
        _claimSize.Record(count, new KeyValuePair<string, object?>(GatewayMetrics.VendorTag, vendor));

    public void VendorBatch(string vendor, int count) =>
        _vendorBatchSize.Record(count, new KeyValuePair<string, object?>(GatewayMetrics.VendorTag, vendor));
}
