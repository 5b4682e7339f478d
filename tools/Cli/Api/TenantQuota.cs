namespace GenerationGateway.Cli.Api;

/// <summary>
/// The answer of <c>GET</c>/<c>PUT /v1/admin/tenants/{tenantId}/quota</c>: the limits in force, what an admin set for the
/// tenant (null: the configured default) and the tenant's generations in flight now.
/// </summary>
public sealed record TenantQuota
{
    public required string TenantId { get; init; }

    public double RequestsPerSecond { get; init; }

    public int MaxInFlight { get; init; }

    public int MaxInFlightPerVendor { get; init; }

    public int FairShareWeight { get; init; }

    public QuotaOverride Override { get; init; } = new();

    public int InFlight { get; init; }

    public IReadOnlyDictionary<string, int> InFlightByVendor { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
