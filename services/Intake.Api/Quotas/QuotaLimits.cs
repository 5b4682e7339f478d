using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>One tenant's limits; the ranges are also what an admin may set.</summary>
public sealed class QuotaLimits
{
    public const double MinRequestsPerSecond = 0.001;
    public const double MaxRequestsPerSecond = 100_000;
    public const int MaxSlots = 1_000_000;
    public const int MinFairShareWeight = 1;
    public const int MaxFairShareWeight = 100;

    /// <summary>Generation requests (<c>POST /v1/generations</c>) per second, bursts of up to one second's worth (at least one).</summary>
    [Range(MinRequestsPerSecond, MaxRequestsPerSecond)]
    public double RequestsPerSecond { get; set; } = 10;

    /// <summary>Generations accepted and not yet completed, failed or cancelled, over all vendors.</summary>
    [Range(1, MaxSlots)]
    public int MaxInFlight { get; set; } = 100;

    /// <summary>The same, for each vendor on its own.</summary>
    [Range(1, MaxSlots)]
    public int MaxInFlightPerVendor { get; set; } = 50;

    /// <summary>
    /// The tenant's share of a vendor's freed slots while the vendor is at its concurrency cap and several tenants' jobs wait:
    /// a tenant of weight 2 is granted twice as many as one of weight 1 (sent as <c>GenerationRequested.TenantWeight</c>).
    /// </summary>
    [Range(MinFairShareWeight, MaxFairShareWeight)]
    public int FairShareWeight { get; set; } = 1;
}
