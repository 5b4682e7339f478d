using System.Collections.Concurrent;
using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>
/// The limiter every replica shares through the adapter's database. One <c>UPDATE</c> takes the next slot
/// under the bucket's row lock and moves it on; all times come from the database's clock
/// (<c>clock_timestamp()</c>, read after the lock), so replicas whose clocks disagree still space their calls.
/// </summary>
public sealed class PostgresSharedRateLimiter : ISharedRateLimiter
{
    const string EnsureBucket = "INSERT INTO rate_limit_slots (bucket, next_slot) VALUES (@bucket, '-infinity') ON CONFLICT (bucket) DO NOTHING";

    const string Reserve = """
        UPDATE rate_limit_slots
        SET next_slot = greatest(next_slot, clock_timestamp()) + @interval
        WHERE bucket = @bucket AND next_slot <= clock_timestamp() + @max_wait
        RETURNING next_slot - @interval, clock_timestamp()
        """;

    const string Behind = "SELECT next_slot - clock_timestamp() - @max_wait FROM rate_limit_slots WHERE bucket = @bucket";

    readonly NpgsqlDataSource _dataSource;
    readonly TimeProvider _clock;
    readonly ConcurrentDictionary<string, bool> _knownBuckets = new(StringComparer.Ordinal);

    /// <param name="dataSource">The adapter database's pool (shared with the process's other users of that database; not disposed here).</param>
    /// <param name="clock">Waits for a granted slot.</param>
    public PostgresSharedRateLimiter(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _clock = clock;
        Schema = new PostgresSchema(_dataSource, RateLimitingMigrations.Component, RateLimitingMigrations.All);
    }

    /// <summary>The limiter's table, created at start by the schema initializer or before the first slot.</summary>
    public PostgresSchema Schema { get; }

    public async Task<RateLimitDecision> AcquireAsync(RateLimitPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        while (true)
        {
            // Null: the slot came and went while this caller was held up; it takes a fresh one.
            if (await TryAcquireAsync(policy, cancellationToken) is { } decision)
            {
                return decision;
            }
        }
    }

    async Task<RateLimitDecision?> TryAcquireAsync(RateLimitPolicy policy, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (!_knownBuckets.ContainsKey(policy.Bucket))
        {
            await using var ensure = Command(connection, EnsureBucket, policy);
            await ensure.ExecuteNonQueryAsync(cancellationToken);
            _knownBuckets[policy.Bucket] = true;
        }

        DateTimeOffset? slot = null;
        var wait = TimeSpan.Zero;
        await using (var reserve = Command(connection, Reserve, policy))
        await using (var reader = await reserve.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                slot = reader.GetFieldValue<DateTimeOffset>(0);
                wait = slot.Value - reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        if (slot is { } slotAt)
        {
            await connection.CloseAsync();
            var lateBy = await SlotWait.UntilAsync(_clock, wait, cancellationToken);
            return SlotWait.Missed(policy, lateBy) ? null : RateLimitDecision.Granted(slotAt);
        }

        await using var behind = Command(connection, Behind, policy);
        var late = await behind.ExecuteScalarAsync(cancellationToken) is TimeSpan value ? value : TimeSpan.Zero;
        return RateLimitDecision.Denied(late > policy.Interval ? late : policy.Interval);
    }

    static NpgsqlCommand Command(NpgsqlConnection connection, string sql, RateLimitPolicy policy)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("bucket", policy.Bucket);
        command.Parameters.AddWithValue("interval", policy.Interval);
        command.Parameters.AddWithValue("max_wait", policy.MaxWait);
        return command;
    }
}
