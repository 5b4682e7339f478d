using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using Npgsql;

using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>Maps rows of <see cref="GenerationSql.Columns"/> and of the assets table onto records.</summary>
static class GenerationRowReader
{
    public static async Task<List<GenerationRecord>> ReadRecordsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<GenerationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    public static async Task<IReadOnlyList<GenerationRecord>> WithAssetsAsync(
        NpgsqlConnection connection, List<GenerationRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return records;
        }

        await using var command = new NpgsqlCommand(GenerationSql.SelectAssets, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. records.Select(x => x.Id)]));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var assets = new Dictionary<Guid, List<GeneratedAsset>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var generationId = reader.GetGuid(0);
            if (!assets.TryGetValue(generationId, out var list))
            {
                assets[generationId] = list = [];
            }

            list.Add(new GeneratedAsset
            {
                Role = WireNames.Parse<AssetRole>(reader.GetString(1)),
                Format = WireNames.Parse<AssetFormat>(reader.GetString(2)),
                Name = reader.GetString(3),
                Url = new Uri(reader.GetString(4)),
                SizeBytes = reader.GetInt64(5),
                ContentType = reader.GetString(6),
                Checksum = reader.GetString(7),
                VendorUrl = reader.IsDBNull(8) ? null : new Uri(reader.GetString(8)),
            });
        }

        return [.. records.Select(x => assets.TryGetValue(x.Id, out var list) ? x with { Assets = list } : x)];
    }

    static GenerationRecord Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetGuid(0),
        TenantId = Text(reader, 1),
        ClientReference = Text(reader, 2),
        Vendor = reader.GetString(3),
        Kind = Text(reader, 4) is { } kind ? WireNames.Parse<TaskKind>(kind) : null,
        Status = WireNames.Parse<GenerationStatus>(reader.GetString(5)),
        Stage = Text(reader, 6) is { } stage ? WireNames.Parse<GenerationStage>(stage) : null,
        Progress = reader.GetInt32(7),
        VendorJobId = Text(reader, 8),
        CancelRequested = reader.GetBoolean(9),
        Failure = Text(reader, 10) is { } reason
            ? new GenerationFailure
            {
                Reason = WireNames.Parse<FailureReason>(reason),
                Retryable = reader.GetBoolean(11),
                VendorCode = Text(reader, 12),
                VendorMessage = Text(reader, 13),
            }
            : null,
        Cancellation = reader.IsDBNull(14)
            ? null
            : new GenerationCancellation { VendorJobStopped = reader.GetBoolean(14), Note = Text(reader, 15) },
        Usage = Text(reader, 16) is { } usage ? JsonSerializer.Deserialize<VendorUsage>(usage, JsonSerializerOptions.Web) : null,
        PartialNote = Text(reader, 17),
        Request = Text(reader, 18) is { } request ? JsonElement.Parse(request) : null,
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(19),
        UpdatedAt = reader.GetFieldValue<DateTimeOffset>(20),
        CompletedAt = reader.IsDBNull(21) ? null : reader.GetFieldValue<DateTimeOffset>(21),
        TraceId = Text(reader, 22),
        Queue = reader.IsDBNull(23)
            ? null
            : new GenerationQueuePlace { Position = reader.GetInt32(23), EstimatedStartSeconds = reader.IsDBNull(24) ? null : reader.GetInt32(24) },
        StageReportedAt = reader.IsDBNull(25) ? null : reader.GetFieldValue<DateTimeOffset>(25),
    };

    static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
