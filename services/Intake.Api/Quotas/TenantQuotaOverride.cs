namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>What an admin set for one tenant; a null value means "the configured default".</summary>
public sealed record TenantQuotaOverride
{
    public static readonly TenantQuotaOverride None = new();

    public double? RequestsPerSecond { get; init; }

    public int? MaxInFlight { get; init; }

    public int? MaxInFlightPerVendor { get; init; }

    /// <summary>The tenant's share of a capped vendor's freed slots relative to other tenants (1 to 100).</summary>
    public int? FairShareWeight { get; init; }
}
