using GenerationGateway.Intake.Api.Storage;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>
/// Token buckets in intake's database (<c>intake_rate_buckets</c>), one row per tenant. Taking a token is one
/// statement (an upsert whose update only happens while a token is there), so concurrent requests on any number
/// of replicas never take more than the bucket holds.
/// </summary>
public sealed class PostgresRequestRateLimiter(IntakeDatabase database, TimeProvider timeProvider) : IRequestRateLimiter
{
    const string Available = """
        least(@capacity, b.tokens + greatest(0, extract(epoch FROM (@now - b.refilled_at))::double precision) * @rate)
        """;

    public async Task<RateDecision> TryAcquireAsync(string tenantId, double requestsPerSecond, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var capacity = TokenBucket.Capacity(requestsPerSecond);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var take = connection.CreateCommand())
        {
            take.CommandText = $"""
                INSERT INTO intake_rate_buckets AS b (tenant_id, tokens, refilled_at)
                VALUES (@tenant, @capacity - 1, @now)
                ON CONFLICT (tenant_id) DO UPDATE
                SET tokens = {Available} - 1,
                    refilled_at = greatest(b.refilled_at, @now)
                WHERE {Available} >= 1
                """;
            AddParameters(take, tenantId, now, capacity, requestsPerSecond);
            if (await take.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return RateDecision.Allow;
            }
        }

        // Refused: how long until the next token (a read only to size Retry-After; the decision was the upsert).
        await using var peek = connection.CreateCommand();
        peek.CommandText = $"SELECT {Available} FROM intake_rate_buckets AS b WHERE tenant_id = @tenant";
        AddParameters(peek, tenantId, now, capacity, requestsPerSecond);
        var available = await peek.ExecuteScalarAsync(cancellationToken) is double value ? value : 0;
        return RateDecision.Refuse(TokenBucket.TimeToNextToken(available, requestsPerSecond));
    }

    static void AddParameters(Npgsql.NpgsqlCommand command, string tenantId, DateTimeOffset now, double capacity, double requestsPerSecond)
    {
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("capacity", capacity);
        command.Parameters.AddWithValue("rate", requestsPerSecond);
    }
}
