using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>The adapter database's <c>submit_ledger</c> table, created by migration before first use.</summary>
public sealed class SubmitLedgerDatabase : IAsyncDisposable
{
    public const string Component = "submit-ledger";

    static readonly IReadOnlyList<PostgresMigration> Migrations =
    [
        new(1, "submit intents and vendor answers", """
            CREATE TABLE submit_ledger (
                generation_id uuid        PRIMARY KEY,
                vendor        text        NOT NULL,
                intent_at     timestamptz NOT NULL,
                accepted      jsonb,
                accepted_at   timestamptz
            );
            CREATE INDEX submit_ledger_unanswered_idx ON submit_ledger (intent_at) WHERE accepted IS NULL;
            """),
    ];

    readonly NpgsqlDataSource _dataSource;

    public SubmitLedgerDatabase(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(WorkflowMessagingHostingExtensions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string 'ConnectionStrings:{WorkflowMessagingHostingExtensions.ConnectionStringName}' is not configured; the submit ledger needs it.");
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
        Schema = new PostgresSchema(_dataSource, Component, Migrations);
    }

    public PostgresSchema Schema { get; }

    public async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        return _dataSource.CreateCommand(sql);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
