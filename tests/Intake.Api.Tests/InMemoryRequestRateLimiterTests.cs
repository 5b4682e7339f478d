using GenerationGateway.Intake.Api.Quotas;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class InMemoryRequestRateLimiterTests : RequestRateLimiterSpecs
{
    readonly InMemoryRequestRateLimiter _limiter;

    public InMemoryRequestRateLimiterTests() => _limiter = new InMemoryRequestRateLimiter(Clock);

    /// <summary>One process: every caller shares the one limiter.</summary>
    protected override IRequestRateLimiter Limiter() => _limiter;
}
