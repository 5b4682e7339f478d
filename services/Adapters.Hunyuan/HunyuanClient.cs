using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.Hunyuan.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>The typed client of SeaArt's generation API; its <see cref="HttpClient"/> has the base URL, the key is added per call.</summary>
public sealed class HunyuanClient(HttpClient http, IOptions<HunyuanOptions> options) : IHunyuanClient
{
    public const string CreatePath = "v1/generation";
    public const string TaskPath = "v1/generation/task/";

    readonly HunyuanOptions _options = options.Value;

    public async Task<HunyuanSubmission> CreateAsync(HunyuanGenerateParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var request = new HttpRequestMessage(HttpMethod.Post, CreatePath)
        {
            Content = JsonContent.Create(SeaArtCreateRequest.Build(parameters)),
        };
        var answer = await SendAsync(request, SeaArtOperation.Create, cancellationToken);
        if (answer.Id is not { Length: > 0 } id)
        {
            throw new JsonException("SeaArt create answered without a task id.");
        }

        return new HunyuanSubmission(id, Lower(answer.Status) ?? HunyuanTask.InProgress);
    }

    public async Task<HunyuanTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        using var request = new HttpRequestMessage(HttpMethod.Get, TaskPath + Uri.EscapeDataString(taskId));
        var answer = await SendAsync(request, SeaArtOperation.Task, cancellationToken);
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

    async Task<SeaArtTaskAnswer> SendAsync(HttpRequestMessage request, SeaArtOperation operation, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await SendOrExplainAsync(request, operation, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = TryParse(body);
        if (!response.IsSuccessStatusCode)
        {
            throw SeaArtErrors.FromStatus(operation, response, answer, body);
        }

        return answer ?? throw new JsonException($"SeaArt {SeaArtErrors.Name(operation)} answered HTTP {(int)response.StatusCode} with a body that is not its JSON.");
    }

    /// <summary>A connection that never opened means the gateway did not see the call: safe to make again later.</summary>
    async Task<HttpResponseMessage> SendOrExplainAsync(HttpRequestMessage request, SeaArtOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorUnavailable, null,
                $"SeaArt {SeaArtErrors.Name(operation)} could not connect: {exception.Message}", null, exception);
        }
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

    static SeaArtTaskAnswer? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<SeaArtTaskAnswer>(body, SeaArtJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
