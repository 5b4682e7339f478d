namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>A tenant's effective limits: its own values where an admin set them, the configured defaults elsewhere.</summary>
public sealed record TenantQuota
{
    public required string TenantId { get; init; }

    public required double RequestsPerSecond { get; init; }

    public required int MaxInFlight { get; init; }

    public required int MaxInFlightPerVendor { get; init; }

    /// <summary>Sent with each request as <c>GenerationRequested.TenantWeight</c>: the tenant's fair share of a capped vendor's slots.</summary>
    public required int FairShareWeight { get; init; }

    /// <summary>The values an admin set for this tenant (null fields follow the defaults).</summary>
    public required TenantQuotaOverride Override { get; init; }
}
