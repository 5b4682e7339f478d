namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Per-tenant quota values set by an admin, shared by every intake replica.</summary>
public interface ITenantQuotaStore
{
    /// <summary>The tenant's override, <see cref="TenantQuotaOverride.None"/> when none was set.</summary>
    Task<TenantQuotaOverride> GetAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Replaces the tenant's override (all fields null: back to the defaults).</summary>
    Task SetAsync(string tenantId, TenantQuotaOverride quota, CancellationToken cancellationToken);
}
