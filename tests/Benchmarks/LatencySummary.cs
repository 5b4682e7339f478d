using System.Globalization;

namespace GenerationGateway.Benchmarks;

/// <summary>Percentiles of a set of durations (nearest rank).</summary>
public sealed record LatencySummary(int Count, TimeSpan Min, TimeSpan P50, TimeSpan P95, TimeSpan P99, TimeSpan Max)
{
    public static LatencySummary Of(IReadOnlyCollection<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return new LatencySummary(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        }

        var sorted = values.Order().ToArray();
        return new LatencySummary(sorted.Length, sorted[0], Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"min {Min.TotalMilliseconds:F0} ms, p50 {P50.TotalMilliseconds:F0} ms, p95 {P95.TotalMilliseconds:F0} ms, p99 {P99.TotalMilliseconds:F0} ms, max {Max.TotalMilliseconds:F0} ms (n={Count})");

    static TimeSpan Rank(TimeSpan[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
