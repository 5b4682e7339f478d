using System.Text.Json;
using GenerationGateway.Adapters.Workflow.Vendors;
using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>
/// The submit ledger in the adapter's own database: each write commits before the vendor is called
/// (intent) or right after it answered (job id), so a crash in between is visible after restart.
/// </summary>
public sealed class PostgresSubmitLedger(SubmitLedgerDatabase database, TimeProvider clock) : ISubmitLedger
{
    public async Task<SubmitRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            "SELECT vendor, intent_at, accepted FROM submit_ledger WHERE generation_id = $1", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = generationId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SubmitRecord
        {
            GenerationId = generationId,
            Vendor = reader.GetString(0),
            IntentAt = reader.GetFieldValue<DateTimeOffset>(1),
            Accepted = reader.IsDBNull(2) ? null : JsonSerializer.Deserialize<SubmitOutcome>(reader.GetString(2)),
        };
    }

    public async Task RecordIntentAsync(Guid generationId, string vendor, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            """
            INSERT INTO submit_ledger (generation_id, vendor, intent_at) VALUES ($1, $2, $3)
            ON CONFLICT (generation_id) DO UPDATE SET intent_at = EXCLUDED.intent_at, accepted = NULL, accepted_at = NULL
            """,
            cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = generationId });
        command.Parameters.Add(new NpgsqlParameter { Value = vendor });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordAcceptedAsync(Guid generationId, SubmitOutcome outcome, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            "UPDATE submit_ledger SET accepted = $2::jsonb, accepted_at = $3 WHERE generation_id = $1", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = generationId });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(outcome) });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"No submit intent recorded for generation {generationId}.");
        }
    }

    public async Task ClearIntentAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            "DELETE FROM submit_ledger WHERE generation_id = $1 AND accepted IS NULL", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = generationId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
