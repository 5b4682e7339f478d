using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>
/// A component's tables in its database, reached through the process's one pool of that database: its schema (migrated
/// at start by the schema initializer) and commands that wait for that migration before their first query.
/// </summary>
public abstract class PostgresComponentDatabase
{
    protected PostgresComponentDatabase(PostgresSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    public PostgresSchema Schema { get; }

    public NpgsqlDataSource DataSource => Schema.DataSource;

    /// <summary>A command on a pooled connection of its own, once the schema is migrated.</summary>
    public async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return DataSource.CreateCommand(sql);
    }

    /// <summary>A command in <paramref name="transaction"/> (a saga's, on its connection) when there is one, else on a pooled connection of its own.</summary>
    public async Task<NpgsqlCommand> CommandAsync(NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return transaction is null ? DataSource.CreateCommand(sql) : new NpgsqlCommand(sql, transaction.Connection, transaction);
    }
}
