namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>
/// Weighted fair queuing across tenants (start-time fair queuing): each grant charges its tenant 1/weight of virtual time, the
/// tenant whose next grant starts earliest is served next, oldest job first within a tenant. A tenant that was idle starts at the
/// vendor's current virtual time, so it banks no credit while away, and a burst of 10,000 from one tenant delays another
/// tenant's single job by at most one grant.
/// </summary>
public static class FairShare
{
    /// <summary>Where the tenant's next grant starts in virtual time.</summary>
    public static double StartOf(TenantBacklog tenant, double virtualTime)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return Math.Max(tenant.Finish, virtualTime);
    }

    /// <summary>The tenant to grant next: the earliest start, then the oldest waiting job; null when no one waits.</summary>
    public static TenantBacklog? Pick(IEnumerable<TenantBacklog> backlog, double virtualTime) =>
        backlog
            .Where(tenant => tenant.Queued > 0)
            .OrderBy(tenant => StartOf(tenant, virtualTime))
            .ThenBy(tenant => tenant.OldestEnqueuedAt)
            .ThenBy(tenant => tenant.OldestGenerationId)
            .FirstOrDefault();

    /// <summary>Charges a grant to <paramref name="tenant"/>: its new finish tag and the vendor's new virtual time.</summary>
    public static (double Finish, double VirtualTime) Charge(TenantBacklog tenant, double virtualTime)
    {
        var start = StartOf(tenant, virtualTime);
        return (start + (1.0 / Math.Max(1, tenant.Weight)), start);
    }

    /// <summary>
    /// The place (1 = next) of the <paramref name="rank"/>-th oldest waiting job of <paramref name="tenantId"/>: its own rank plus
    /// the jobs of other tenants whose grants start before it.
    /// </summary>
    public static int Position(IReadOnlyCollection<TenantBacklog> backlog, string tenantId, int rank, double virtualTime)
    {
        ArgumentNullException.ThrowIfNull(backlog);
        var own = backlog.FirstOrDefault(tenant => tenant.TenantId == tenantId);
        if (own is null)
        {
            return rank;
        }

        var tag = StartOf(own, virtualTime) + ((rank - 1.0) / Math.Max(1, own.Weight));
        var ahead = 0;
        foreach (var other in backlog.Where(tenant => tenant.TenantId != tenantId && tenant.Queued > 0))
        {
            var before = (int)Math.Ceiling((tag - StartOf(other, virtualTime)) * Math.Max(1, other.Weight));
            ahead += Math.Clamp(before, 0, other.Queued);
        }

        return rank + ahead;
    }

    /// <summary>How long until the job at <paramref name="position"/> likely gets a slot.</summary>
    public static TimeSpan Estimate(int position, int maxConcurrentJobs, TimeSpan meanSlotTime) =>
        meanSlotTime * Math.Ceiling(position / (double)Math.Max(1, maxConcurrentJobs));
}
