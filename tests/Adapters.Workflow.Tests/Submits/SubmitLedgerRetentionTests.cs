using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.TestSupport.Infrastructure;
using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Tests.Submits;

/// <summary>The ledger keeps submits at most once: only entries of generations that are over may go, however old the others.</summary>
public sealed class SubmitLedgerRetentionTests
{
    const string SagaTable = "rodin_workflow_state";

    [Fact]
    public async Task Only_entries_of_terminal_or_removed_generations_older_than_the_retention_are_removed()
    {
        await using var database = await PostgresDatabase.CreateAsync("ledger_retention");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var ledger = new SubmitLedgerDatabase(new PostgresSchema(dataSource, SubmitLedgerDatabase.Component, SubmitLedgerDatabase.Migrations));
        await ledger.Schema.EnsureCreatedAsync(CancellationToken.None);
        var inFlight = Guid.NewGuid();
        var completed = Guid.NewGuid();
        var removedSaga = Guid.NewGuid();
        var recentCompleted = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await ExecuteAsync(dataSource, $"""
            CREATE TABLE {SagaTable} (correlation_id uuid PRIMARY KEY, current_state text);
            INSERT INTO {SagaTable} VALUES ('{inFlight}', 'Processing'), ('{completed}', 'Completed'), ('{recentCompleted}', 'Completed');
            INSERT INTO submit_ledger (generation_id, vendor, intent_at) VALUES
                ('{inFlight}', 'rodin', now() - interval '30 days'),
                ('{completed}', 'rodin', now() - interval '3 days'),
                ('{removedSaga}', 'rodin', now() - interval '3 days'),
                ('{recentCompleted}', 'rodin', now() - interval '1 hour');
            """);
        var retention = new SubmitLedgerRetention(ledger, [new SagaTableRetention(dataSource, SagaTable, ["Completed", "Cancelled"], ["Failed"])]);

        var removed = await retention.PruneAsync(now, new PostgresRetentionOptions { SubmitLedger = TimeSpan.FromDays(2) }, CancellationToken.None);

        Assert.Equal(2, removed);
        Assert.Equal(
            new[] { inFlight, recentCompleted }.Order(),
            await database.ScalarAsync<Guid[]>("SELECT array_agg(generation_id ORDER BY generation_id) FROM submit_ledger"));
    }

    [Fact]
    public async Task Without_a_saga_table_that_says_what_is_terminal_nothing_is_removed()
    {
        await using var database = await PostgresDatabase.CreateAsync("ledger_retention");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var ledger = new SubmitLedgerDatabase(new PostgresSchema(dataSource, SubmitLedgerDatabase.Component, SubmitLedgerDatabase.Migrations));
        await ledger.Schema.EnsureCreatedAsync(CancellationToken.None);
        await ExecuteAsync(dataSource, $"INSERT INTO submit_ledger (generation_id, vendor, intent_at) VALUES ('{Guid.NewGuid()}', 'rodin', now() - interval '300 days')");

        var removed = await new SubmitLedgerRetention(ledger, []).PruneAsync(DateTimeOffset.UtcNow, new PostgresRetentionOptions(), CancellationToken.None);

        Assert.Equal(0, removed);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM submit_ledger"));
    }

    static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
