using System.Globalization;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// The fill before an <see cref="InflightPhase"/>'s window: how long the workflow took to get <see cref="Target"/> requests to the
/// vendor (every request goes through the saga's queue: request, admission, submit), and how many it held when the window began.
/// </summary>
public sealed record InflightFill(TimeSpan Elapsed, int Submitted, int Target, int HeldAtWindowStart, string LoadAtEnd)
{
    public bool Complete => Submitted >= Target;

    public double SubmitsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Submitted / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"fill: {Submitted} of {Target} at the vendor after {Elapsed.TotalSeconds:F0} s ({SubmitsPerSecond:F1} submits/s{(Complete ? "" : ", fill time up: --fill-seconds")}), load {LoadAtEnd}; {HeldAtWindowStart} running at the vendor when the window began");
}
