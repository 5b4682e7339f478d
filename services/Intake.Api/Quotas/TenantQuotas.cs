using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Resolves a tenant's effective limits: its override where set, <c>Quotas:Default:*</c> elsewhere.</summary>
public sealed class TenantQuotas(ITenantQuotaStore store, IOptions<QuotaOptions> options)
{
    public async Task<TenantQuota> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var own = await store.GetAsync(tenantId, cancellationToken);
        var defaults = options.Value.Default;
        return new TenantQuota
        {
            TenantId = tenantId,
            RequestsPerSecond = own.RequestsPerSecond ?? defaults.RequestsPerSecond,
            MaxInFlight = own.MaxInFlight ?? defaults.MaxInFlight,
            MaxInFlightPerVendor = own.MaxInFlightPerVendor ?? defaults.MaxInFlightPerVendor,
            FairShareWeight = own.FairShareWeight ?? defaults.FairShareWeight,
            Override = own,
        };
    }
}
