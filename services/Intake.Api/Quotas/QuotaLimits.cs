using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>One tenant's limits; the ranges are also what an admin may set.</summary>
public sealed class QuotaLimits
{
    public const double MinRequestsPerSecond = 0.001;
    public const double MaxRequestsPerSecond = 100_000;
    public const int MaxSlots = 1_000_000;

    /// <summary>Generation requests (<c>POST /v1/generations</c>) per second, bursts of up to one second's worth (at least one).</summary>
    [Range(MinRequestsPerSecond, MaxRequestsPerSecond)]
    public double RequestsPerSecond { get; set; } = 10;

    /// <summary>Generations accepted and not yet completed, failed or cancelled, over all vendors.</summary>
    [Range(1, MaxSlots)]
    public int MaxInFlight { get; set; } = 100;

    /// <summary>The same, for each vendor on its own.</summary>
    [Range(1, MaxSlots)]
    public int MaxInFlightPerVendor { get; set; } = 50;
}
