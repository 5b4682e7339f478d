using GenerationGateway.Intake.Api.Quotas;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>On real PostgreSQL; each limiter has its own connection pool, like another intake replica.</summary>
public sealed class PostgresRequestRateLimiterTests : RequestRateLimiterSpecs, IAsyncLifetime
{
    QuotaDatabase _database = null!;

    public async Task InitializeAsync() => _database = await QuotaDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IRequestRateLimiter Limiter() => new PostgresRequestRateLimiter(_database.Replica(), Clock);
}
