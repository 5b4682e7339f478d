namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>
/// A token bucket per tenant: it holds up to <see cref="TokenBucket.Capacity"/> tokens (one second's worth, at least one),
/// refills at the tenant's rate, and each request takes one. The PostgreSQL implementation keeps the buckets in intake's
/// database so the rate holds in total over every replica.
/// </summary>
public interface IRequestRateLimiter
{
    Task<RateDecision> TryAcquireAsync(string tenantId, double requestsPerSecond, CancellationToken cancellationToken);
}
