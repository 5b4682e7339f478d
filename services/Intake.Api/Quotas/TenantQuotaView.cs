namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>
/// The answer of <c>GET</c>/<c>PUT /v1/admin/tenants/{tenantId}/quota</c>: the effective limits, the values the
/// admin set (null: the default applies) and the generations in flight now.
/// </summary>
public sealed record TenantQuotaView(
    string TenantId,
    double RequestsPerSecond,
    int MaxInFlight,
    int MaxInFlightPerVendor,
    int FairShareWeight,
    TenantQuotaOverride Override,
    int InFlight,
    IReadOnlyDictionary<string, int> InFlightByVendor);
