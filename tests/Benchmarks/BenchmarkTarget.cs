using System.Globalization;

namespace GenerationGateway.Benchmarks;

/// <summary>A figure and the bound it must stay within.</summary>
public sealed record BenchmarkTarget(string Name, double Actual, double Bound, bool AtLeast, string Unit)
{
    public bool Met => AtLeast ? Actual >= Bound : Actual <= Bound;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Met ? "met   " : "MISSED")} {Name}: {Actual:F1} {Unit} (target {(AtLeast ? "≥" : "≤")} {Bound:F1} {Unit})");
}
