using System.Globalization;
using Npgsql;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// Applies the embedded numbered scripts (<c>Migrations/NNNN_name.sql</c>) that <c>webhooks.schema_version</c> does not
/// list yet, each in its own transaction, under an advisory lock so concurrent replicas migrate one at a time.
/// </summary>
public sealed class WebhooksMigrator(WebhooksDatabase database, ILogger<WebhooksMigrator> logger)
{
    const string ResourcePrefix = "Migrations.";

    /// <summary>Advisory lock key: "WEBHOOKS" in ASCII.</summary>
    const long LockKey = 0x57_45_42_48_4F_4F_4B_53;

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, $"""
                CREATE SCHEMA IF NOT EXISTS {WebhooksDatabase.Schema};
                CREATE TABLE IF NOT EXISTS {WebhooksDatabase.Schema}.schema_version (
                    version integer PRIMARY KEY,
                    script text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now());
                """, cancellationToken);

            var applied = await AppliedVersionsAsync(connection, cancellationToken);
            foreach (var (version, name) in Scripts().Where(x => !applied.Contains(x.Version)))
            {
                await ApplyScriptAsync(connection, version, name, cancellationToken);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    async Task ApplyScriptAsync(NpgsqlConnection connection, int version, string name, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, await ReadScriptAsync(name), cancellationToken);
        await using (var record = new NpgsqlCommand(
            $"INSERT INTO {WebhooksDatabase.Schema}.schema_version (version, script) VALUES (@version, @script)", connection, transaction))
        {
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("script", name);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied Webhooks schema migration {Version} ({Script})", version, name);
    }

    static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {WebhooksDatabase.Schema}.schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    /// <summary>The embedded scripts in version order.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts() =>
        [.. typeof(WebhooksMigrator).Assembly.GetManifestResourceNames()
            .Where(x => x.StartsWith(ResourcePrefix, StringComparison.Ordinal) && x.EndsWith(".sql", StringComparison.Ordinal))
            .Select(x => x[ResourcePrefix.Length..])
            .Select(x => (Version: int.Parse(x[..x.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture), Name: x))
            .OrderBy(x => x.Version)];

    static async Task<string> ReadScriptAsync(string name)
    {
        await using var stream = typeof(WebhooksMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
