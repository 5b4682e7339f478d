using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// The inbox and outbox tables of one database: transactions for consumed messages (see <see cref="OutboxPassCommands"/>),
/// the relay's claims and the inbox pruning.
/// </summary>
internal sealed class PostgresOutboxStore(NpgsqlDataSource dataSource)
{
    const int PruneChunk = 5_000;

    public PostgresSchema Schema { get; } = new(dataSource, PostgresOutboxMigrations.Component, PostgresOutboxMigrations.All);

    public NpgsqlDataSource DataSource => Schema.DataSource;

    /// <summary>Opens a connection and a transaction for one outbox pass; the caller disposes both.</summary>
    public async Task<NpgsqlTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return await connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Locks up to <paramref name="batchSize"/> inbox rows whose messages wait for the relay (rows others hold are skipped).</summary>
    public async Task<OutboxRelayClaim> ClaimUndeliveredAsync(int batchSize, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        return await OutboxRelayClaim.OpenAsync(DataSource, batchSize, cancellationToken);
    }

    /// <summary>The database's name, as the backlog metric tags it.</summary>
    public string DatabaseName { get; } = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database ?? "";

    /// <summary>Messages committed and not yet delivered (by the consuming process or the relay).</summary>
    public async Task<long> CountUndeliveredAsync(CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        await using var command = DataSource.CreateCommand("SELECT count(*) FROM outbox_messages");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Deletes inbox rows delivered longer than <paramref name="retention"/> ago; returns how many.</summary>
    public async Task<int> PruneInboxAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        var total = 0;
        int deleted;
        do
        {
            await using var command = DataSource.CreateCommand("""
                DELETE FROM inbox_state WHERE ctid = ANY(ARRAY(
                    SELECT ctid FROM inbox_state WHERE delivered_at < now() - @retention LIMIT @chunk))
                """);
            command.Parameters.AddWithValue("retention", NpgsqlDbType.Interval, retention);
            command.Parameters.AddWithValue("chunk", PruneChunk);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == PruneChunk);

        return total;
    }
}
