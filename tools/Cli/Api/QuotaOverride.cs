namespace GenerationGateway.Cli.Api;

/// <summary>
/// A tenant's own limits: the <c>override</c> of a quota answer and the body of <c>PUT /v1/admin/tenants/{tenantId}/quota</c>,
/// which replaces all four (null: the configured default).
/// </summary>
public sealed record QuotaOverride
{
    public double? RequestsPerSecond { get; init; }

    public int? MaxInFlight { get; init; }

    public int? MaxInFlightPerVendor { get; init; }

    public int? FairShareWeight { get; init; }
}
