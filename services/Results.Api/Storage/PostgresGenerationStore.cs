using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Usage;
using Npgsql;

using GenerationGateway.ServiceDefaults;

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
            GenerationParameters.AddChange(upsert.Parameters, change, changeId, now);
            await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            status = reader.GetString(0);
            ownsTerminal = reader.GetBoolean(1);
        }

        if (ownsTerminal && status == WireNames.Of(GenerationStatus.Completed) && change.Assets.Count > 0)
        {
            await using var assets = new NpgsqlCommand(GenerationSql.InsertAssets, connection, transaction);
            GenerationParameters.AddAssets(assets.Parameters, change.GenerationId, change.Assets);
            await assets.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var feed = new NpgsqlCommand(GenerationFeedSql.LockFeed + ";\n" + GenerationFeedSql.Append, connection, transaction))
        {
            feed.Parameters.Add(new NpgsqlParameter<Guid>("id", change.GenerationId));
            feed.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            await feed.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<GenerationFeedEntry>> ReadFeedAsync(GenerationFeedQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(GenerationFeedSql.Read, connection);
        command.Parameters.Add(new NpgsqlParameter<long>("after", query.AfterSequence));
        command.Parameters.Add(new NpgsqlParameter<string>("tenant_id", query.TenantId));
        command.Parameters.Add(new NpgsqlParameter("generation_id", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)query.GenerationId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("vendor", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)query.Vendor ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)WireNames.OfNullable(query.Status) ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", query.Limit));
        var entries = new List<GenerationFeedEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new GenerationFeedEntry
            {
                Sequence = reader.GetInt64(0),
                GenerationId = reader.GetGuid(1),
                TenantId = reader.IsDBNull(2) ? null : reader.GetString(2),
                Vendor = reader.GetString(3),
                Status = WireNames.Parse<GenerationStatus>(reader.GetString(4)),
                Stage = reader.IsDBNull(5) ? null : WireNames.Parse<Contracts.GenerationStage>(reader.GetString(5)),
                Progress = reader.GetInt32(6),
                OccurredAt = reader.GetFieldValue<DateTimeOffset>(7),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(8),
                Queue = reader.IsDBNull(9)
                    ? null
                    : new GenerationQueuePlace { Position = reader.GetInt32(9), EstimatedStartSeconds = reader.IsDBNull(10) ? null : reader.GetInt32(10) },
            });
        }

        return entries;
    }

    public async Task<long> LatestSequenceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(GenerationFeedSql.Latest, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
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

    public async Task<IReadOnlyList<UsageLine>> UsageAsync(UsageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(GenerationSql.Usage, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("start", query.Start));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("end", query.End));
        command.Parameters.Add(new NpgsqlParameter("tenant_id", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)query.TenantId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string>("completed", WireNames.Of(GenerationStatus.Completed)));
        var rows = new List<UsageRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new UsageRow(
                reader.GetFieldValue<DateOnly>(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt64(4),
                reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetDecimal(6),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7)));
        }

        return UsageRow.ToLines(rows);
    }
}
