using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>The PostgreSQL store: one transaction per change (inbox row, guarded upsert, assets).</summary>
public sealed class PostgresGenerationStore(ResultsDatabase database, TimeProvider clock) : IGenerationStore
{
    public async Task<bool> ApplyAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow();
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        if (change.MessageId is { } messageId)
        {
            await using var inbox = new NpgsqlCommand(GenerationSql.RecordMessage, connection, transaction);
            inbox.Parameters.Add(new NpgsqlParameter<Guid>("message_id", messageId));
            inbox.Parameters.Add(new NpgsqlParameter<Guid>("id", change.GenerationId));
            inbox.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            if (await inbox.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        var changeId = change.MessageId ?? Guid.NewGuid();
        bool ownsTerminal;
        string status;
        await using (var upsert = new NpgsqlCommand(GenerationSql.Upsert, connection, transaction))
        {
            AddChangeParameters(upsert.Parameters, change, changeId, now);
            await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            status = reader.GetString(0);
            ownsTerminal = reader.GetBoolean(1);
        }

        if (ownsTerminal && status == WireNames.Of(GenerationStatus.Completed) && change.Assets.Count > 0)
        {
            await using var assets = new NpgsqlCommand(GenerationSql.InsertAssets, connection, transaction);
            AddAssetParameters(assets.Parameters, change.GenerationId, change.Assets);
            await assets.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<GenerationRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(GenerationSql.SelectById, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", generationId));
        var records = await GenerationRowReader.ReadRecordsAsync(command, cancellationToken);
        return (await GenerationRowReader.WithAssetsAsync(connection, records, cancellationToken)).SingleOrDefault();
    }

    public async Task<GenerationPage> ListAsync(GenerationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string>();
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var count = new NpgsqlCommand { Connection = connection };
        await using var select = new NpgsqlCommand { Connection = connection };
        foreach (var (column, value) in new[] { ("status", WireNames.OfNullable(query.Status)), ("vendor", query.Vendor), ("tenant_id", query.TenantId) })
        {
            if (value is not null)
            {
                filters.Add($"{column} = @{column}");
                count.Parameters.Add(new NpgsqlParameter<string>(column, value));
                select.Parameters.Add(new NpgsqlParameter<string>(column, value));
            }
        }

        var where = filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters);
        count.CommandText = $"SELECT count(*) FROM results.generations {where}";
        select.CommandText = $"SELECT {GenerationSql.Columns} FROM results.generations {where} ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset";
        select.Parameters.Add(new NpgsqlParameter<int>("limit", query.PageSize));
        select.Parameters.Add(new NpgsqlParameter<long>("offset", query.Offset));

        var totalCount = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var records = await GenerationRowReader.ReadRecordsAsync(select, cancellationToken);
        var items = await GenerationRowReader.WithAssetsAsync(connection, records, cancellationToken);
        return new GenerationPage { Items = items, Page = query.Page, PageSize = query.PageSize, TotalCount = totalCount };
    }

    static void AddChangeParameters(NpgsqlParameterCollection parameters, GenerationChange change, Guid changeId, DateTimeOffset now)
    {
        var request = change.Request;
        parameters.Add(new NpgsqlParameter<Guid>("id", change.GenerationId));
        parameters.Add(new NpgsqlParameter<Guid>("change_id", changeId));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("occurred_at", (change.OccurredAt ?? now).ToUniversalTime()));
        parameters.Add(new NpgsqlParameter<string>("vendor", change.Vendor));
        parameters.Add(new NpgsqlParameter<bool>("cancel_requested", change.CancelRequested));
        parameters.Add(Nullable("tenant_id", NpgsqlDbType.Text, request?.TenantId));
        parameters.Add(Nullable("client_reference", NpgsqlDbType.Text, request?.ClientReference));
        parameters.Add(Nullable("kind", NpgsqlDbType.Text, WireNames.OfNullable(request?.Kind)));
        parameters.Add(Nullable("request", NpgsqlDbType.Jsonb, request is null ? null : RequestSummary.ToJson(request)));
        parameters.Add(Nullable("status", NpgsqlDbType.Text, WireNames.OfNullable(change.Status)));
        parameters.Add(Nullable("stage", NpgsqlDbType.Text, WireNames.OfNullable(change.Stage)));
        parameters.Add(Nullable("progress", NpgsqlDbType.Integer, change.Progress));
        parameters.Add(Nullable("vendor_job_id", NpgsqlDbType.Text, change.VendorJobId));
        parameters.Add(Nullable("failure_reason", NpgsqlDbType.Text, WireNames.OfNullable(change.Failure?.Reason)));
        parameters.Add(Nullable("failure_retryable", NpgsqlDbType.Boolean, change.Failure?.Retryable));
        parameters.Add(Nullable("failure_vendor_code", NpgsqlDbType.Text, change.Failure?.VendorCode));
        parameters.Add(Nullable("failure_vendor_message", NpgsqlDbType.Text, change.Failure?.VendorMessage));
        parameters.Add(Nullable("cancellation_vendor_job_stopped", NpgsqlDbType.Boolean, change.Cancellation?.VendorJobStopped));
        parameters.Add(Nullable("cancellation_note", NpgsqlDbType.Text, change.Cancellation?.Note));
        parameters.Add(Nullable("usage", NpgsqlDbType.Jsonb, change.Usage is null ? null : JsonSerializer.Serialize(change.Usage, JsonSerializerOptions.Web)));
        parameters.Add(Nullable("partial_note", NpgsqlDbType.Text, change.PartialNote));
    }

    static void AddAssetParameters(NpgsqlParameterCollection parameters, Guid generationId, IReadOnlyList<GeneratedAsset> assets)
    {
        parameters.Add(new NpgsqlParameter<Guid>("id", generationId));
        parameters.Add(new NpgsqlParameter<string[]>("names", [.. assets.Select(x => x.Name)]));
        parameters.Add(new NpgsqlParameter<int[]>("positions", [.. assets.Select((_, index) => index)]));
        parameters.Add(new NpgsqlParameter<string[]>("roles", [.. assets.Select(x => WireNames.Of(x.Role))]));
        parameters.Add(new NpgsqlParameter<string[]>("formats", [.. assets.Select(x => WireNames.Of(x.Format))]));
        parameters.Add(new NpgsqlParameter<string[]>("urls", [.. assets.Select(x => x.Url.ToString())]));
        parameters.Add(new NpgsqlParameter<long[]>("sizes", [.. assets.Select(x => x.SizeBytes)]));
        parameters.Add(new NpgsqlParameter<string[]>("content_types", [.. assets.Select(x => x.ContentType)]));
        parameters.Add(new NpgsqlParameter<string[]>("checksums", [.. assets.Select(x => x.Checksum)]));
        parameters.Add(new NpgsqlParameter("vendor_urls", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = assets.Select(x => x.VendorUrl?.ToString()).ToArray(),
        });
    }

    static NpgsqlParameter Nullable(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
