using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>Intake forgets generations that ended (or were never confirmed) long ago; one in flight or holding a slot stays.</summary>
public sealed class IntakeGenerationsRetentionTests
{
    [Fact]
    public async Task A_pass_removes_long_ended_and_never_confirmed_generations_and_keeps_the_rest()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var pool = NpgsqlDataSource.Create(database.ConnectionString);
        var intake = IntakeDatabase.On(pool);
        await intake.Schema.EnsureCreatedAsync(CancellationToken.None);
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        await using (var insert = pool.CreateCommand("""
            INSERT INTO intake_generations (generation_id, tenant_id, vendor, idempotency_key, request_hash, published, created_at, ended_at, end_status, holds_slot)
            VALUES (gen_random_uuid(), 't', 'rodin', 'ended-long-ago', 'h', true,  @old, @old, 'completed', false),
                   (gen_random_uuid(), 't', 'rodin', 'never-confirmed', 'h', false, @old, NULL, NULL, false),
                   (gen_random_uuid(), 't', 'rodin', 'ended-recently', 'h', true,  @old, @recent, 'failed', false),
                   (gen_random_uuid(), 't', 'rodin', 'in-flight', 'h', true,  @old, NULL, NULL, true),
                   (gen_random_uuid(), 't', 'rodin', 'unconfirmed-recent', 'h', false, @recent, NULL, NULL, false);
            """))
        {
            insert.Parameters.AddWithValue("old", now.AddDays(-40));
            insert.Parameters.AddWithValue("recent", now.AddDays(-2));
            await insert.ExecuteNonQueryAsync();
        }

        var removed = await new IntakeGenerationsRetention(intake)
            .PruneAsync(now, new PostgresRetentionOptions { IntakeGenerations = TimeSpan.FromDays(30) }, CancellationToken.None);

        Assert.Equal(2, removed);
        await using var left = pool.CreateCommand("SELECT array_agg(idempotency_key ORDER BY idempotency_key) FROM intake_generations");
        Assert.Equal(["ended-recently", "in-flight", "unconfirmed-recent"], (string[])(await left.ExecuteScalarAsync())!);
    }
}
