using System.Globalization;
using System.Text.Json;
using GenerationGateway.Adapters.Hunyuan.VendorApi;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// SeaArt's generation API for the gateway: the wire is <see cref="ISeaArtApi"/> and <see cref="ISeaArtTaskApi"/> (Refit);
/// this layer adds the key, reads SeaArt's answers and maps its errors (<see cref="SeaArtErrors"/>).
/// </summary>
sealed class HunyuanClient(ISeaArtApi api, ISeaArtTaskApi tasks, IOptions<HunyuanOptions> options) : IHunyuanClient
{
    readonly HunyuanOptions _options = options.Value;

    public async Task<HunyuanSubmission> CreateAsync(HunyuanGenerateParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var response = await api.CreateAsync(SeaArtCreateRequest.Build(parameters), _options.ApiKey, cancellationToken);
        var answer = await ReadAsync(response, SeaArtOperation.Create, cancellationToken);
        if (answer.Id is not { Length: > 0 } id)
        {
            throw new JsonException("SeaArt create answered without a task id.");
        }

        return new HunyuanSubmission(id, Lower(answer.Status) ?? HunyuanTask.InProgress);
    }

    public async Task<HunyuanTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        using var response = await tasks.GetTaskAsync(taskId, _options.ApiKey, cancellationToken);
        var answer = await ReadAsync(response, SeaArtOperation.Task, cancellationToken);
        return new HunyuanTask
        {
            Id = answer.Id is { Length: > 0 } id ? id : taskId,
            Status = Lower(answer.Status) ?? throw new JsonException($"SeaArt task {taskId} answered without a status."),
            Progress = answer.Progress,
            Contents = Contents(answer.Output),
            Usage = Usage(answer.Usage),
            ErrorCode = answer.Error?.CodeText,
            ErrorMessage = answer.Error?.Text,
        };
    }

    static async Task<SeaArtTaskAnswer> ReadAsync(HttpResponseMessage response, SeaArtOperation operation, CancellationToken cancellationToken)
    {
        var (body, answer) = await SeaArtJson.ReadAsync<SeaArtTaskAnswer>(response, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw SeaArtErrors.FromStatus(operation, response, answer, body);
        }

        return answer ?? throw new JsonException($"SeaArt {SeaArtErrors.Name(operation)} answered HTTP {(int)response.StatusCode} with a body that is not its JSON.");
    }

    static IReadOnlyList<HunyuanContent> Contents(SeaArtOutput[]? outputs) =>
    [
        .. (outputs ?? []).SelectMany(x => x.Content ?? []).Select(x => Uri.TryCreate(x.Url, UriKind.Absolute, out var url)
            ? new HunyuanContent(x.Type, Lower(x.Format), url, Uri.TryCreate(x.PreviewUrl, UriKind.Absolute, out var preview) ? preview : null, x.JobId)
            : throw new JsonException($"SeaArt listed a {x.Format ?? x.Type} resource without an absolute url ({x.Url}).")),
    ];

    static VendorUsage? Usage(SeaArtUsage? usage)
    {
        if (usage is null)
        {
            return null;
        }

        var cost = usage.Cost.ValueKind switch
        {
            JsonValueKind.Number => usage.Cost.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(usage.Cost.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) => value,
            _ => (decimal?)null,
        };
        var credits = usage.ExtraInfo?.ResultCreditConsumed;
        return cost is null && credits is null && usage.Quantity is null
            ? null
            : new VendorUsage { Cost = cost, Currency = cost is null ? null : "USD", Credits = credits, Quantity = usage.Quantity };
    }

#pragma warning disable CA1308 // the gateway's words are lower-case; the SDK lower-cases before comparing
    static string? Lower(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
#pragma warning restore CA1308
}
