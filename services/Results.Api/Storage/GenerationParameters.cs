using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using Npgsql;
using NpgsqlTypes;

using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>Binds a change and its assets to the parameters of <see cref="GenerationSql"/>, typed so NULLs compare as SQL expects.</summary>
static class GenerationParameters
{
    public static void AddChange(NpgsqlParameterCollection parameters, GenerationChange change, Guid changeId, DateTimeOffset now)
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
        parameters.Add(Nullable("queue_position", NpgsqlDbType.Integer, change.Queue?.Position));
        parameters.Add(Nullable("queue_estimate_seconds", NpgsqlDbType.Integer, change.Queue?.EstimatedStartSeconds));
        parameters.Add(Nullable("vendor_job_id", NpgsqlDbType.Text, change.VendorJobId));
        parameters.Add(Nullable("failure_reason", NpgsqlDbType.Text, WireNames.OfNullable(change.Failure?.Reason)));
        parameters.Add(Nullable("failure_retryable", NpgsqlDbType.Boolean, change.Failure?.Retryable));
        parameters.Add(Nullable("failure_vendor_code", NpgsqlDbType.Text, change.Failure?.VendorCode));
        parameters.Add(Nullable("failure_vendor_message", NpgsqlDbType.Text, change.Failure?.VendorMessage));
        parameters.Add(Nullable("cancellation_vendor_job_stopped", NpgsqlDbType.Boolean, change.Cancellation?.VendorJobStopped));
        parameters.Add(Nullable("cancellation_note", NpgsqlDbType.Text, change.Cancellation?.Note));
        parameters.Add(Nullable("usage", NpgsqlDbType.Jsonb, change.Usage is null ? null : JsonSerializer.Serialize(change.Usage, JsonSerializerOptions.Web)));
        parameters.Add(Nullable("partial_note", NpgsqlDbType.Text, change.PartialNote));
        parameters.Add(Nullable("trace_id", NpgsqlDbType.Text, change.TraceId));
    }

    public static void AddAssets(NpgsqlParameterCollection parameters, Guid generationId, IReadOnlyList<GeneratedAsset> assets)
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
