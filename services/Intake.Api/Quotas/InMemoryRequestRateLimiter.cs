namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Token buckets in process memory; for the embedded Standalone host (one process, so the rate holds in total).</summary>
public sealed class InMemoryRequestRateLimiter(TimeProvider timeProvider) : IRequestRateLimiter
{
    readonly Lock _lock = new();
    readonly Dictionary<string, (double Tokens, DateTimeOffset RefilledAt)> _buckets = new(StringComparer.Ordinal);

    public Task<RateDecision> TryAcquireAsync(string tenantId, double requestsPerSecond, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            var available = _buckets.TryGetValue(tenantId, out var bucket)
                ? TokenBucket.Available(bucket.Tokens, bucket.RefilledAt, now, requestsPerSecond)
                : TokenBucket.Capacity(requestsPerSecond);
            if (available < 1)
            {
                return Task.FromResult(RateDecision.Refuse(TokenBucket.TimeToNextToken(available, requestsPerSecond)));
            }

            _buckets[tenantId] = (available - 1, bucket.RefilledAt > now ? bucket.RefilledAt : now);
            return Task.FromResult(RateDecision.Allow);
        }
    }
}
