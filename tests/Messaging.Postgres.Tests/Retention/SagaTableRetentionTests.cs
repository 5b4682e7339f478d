using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests.Retention;

/// <summary>Finished saga rows go after their retention, failed ones after theirs, rows in flight never; one explicit pass on a fake clock.</summary>
public sealed class SagaTableRetentionTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_pass_removes_finished_rows_after_their_retention_failed_rows_after_theirs_and_never_rows_in_flight()
    {
        var table = $"saga_{Guid.NewGuid():N}"[..30];
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await PostgresMigrator.ApplyAsync(dataSource, $"saga:{table}", PostgresSagaMigrations.For(table), CancellationToken.None);
        await using (var insert = dataSource.CreateCommand($$"""
            INSERT INTO {{table}} (correlation_id, current_state, version, data) VALUES
                (gen_random_uuid(), 'Completed', 1, '{}'), (gen_random_uuid(), 'Cancelled', 1, '{}'),
                (gen_random_uuid(), 'Failed', 1, '{}'), (gen_random_uuid(), 'Processing', 1, '{}')
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var options = new PostgresRetentionOptions { CompletedGenerations = TimeSpan.FromDays(1), FailedGenerations = TimeSpan.FromDays(7) };
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var retention = new PostgresRetention(
            [new SagaTableRetention(dataSource, table, ["Completed", "Cancelled"], ["Failed"])],
            Options.Create(options),
            clock,
            NullLogger<PostgresRetention>.Instance);

        await retention.RunOnceAsync(CancellationToken.None);
        var fresh = await StatesAsync(dataSource, table);
        clock.Advance(TimeSpan.FromDays(2));
        var afterTwoDays = await retention.RunOnceAsync(CancellationToken.None);
        var twoDays = await StatesAsync(dataSource, table);
        clock.Advance(TimeSpan.FromDays(6));
        await retention.RunOnceAsync(CancellationToken.None);
        var eightDays = await StatesAsync(dataSource, table);

        Assert.Equal(["Cancelled", "Completed", "Failed", "Processing"], fresh);
        Assert.Equal(2, afterTwoDays[$"saga:{table}"]);
        Assert.Equal(["Failed", "Processing"], twoDays);
        Assert.Equal(["Processing"], eightDays);
    }

    static async Task<string[]> StatesAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand($"SELECT current_state FROM {table} ORDER BY current_state");
        await using var reader = await command.ExecuteReaderAsync();
        var states = new List<string>();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }

        return [.. states];
    }
}
