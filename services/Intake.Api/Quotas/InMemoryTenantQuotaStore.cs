using System.Collections.Concurrent;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Quota overrides in process memory; for the embedded Standalone host only.</summary>
public sealed class InMemoryTenantQuotaStore : ITenantQuotaStore
{
    readonly ConcurrentDictionary<string, TenantQuotaOverride> _overrides = new(StringComparer.Ordinal);

    public Task<TenantQuotaOverride> GetAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(_overrides.GetValueOrDefault(tenantId) ?? TenantQuotaOverride.None);

    public Task SetAsync(string tenantId, TenantQuotaOverride quota, CancellationToken cancellationToken)
    {
        _overrides[tenantId] = quota;
        return Task.CompletedTask;
    }
}
