using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.Aholo.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>The typed client of the open-platform API; its <see cref="HttpClient"/> has the base URL, each call is signed when it is sent.</summary>
public sealed class AholoClient(HttpClient http, IOptions<AholoOptions> options, TimeProvider time) : IAholoClient
{
    public const string UploadTokenPath = "upload/token";
    public const string CreateReconstructionPath = "project/create-3d-recon";
    public const string CreateGenerationPath = "project/create-3d-gen";
    public const string TaskListPath = "project/task/list/by-ids";
    public const string ProjectInfoPath = "project/info";

    readonly AholoOptions _options = options.Value;

    public async Task<AholoUploadToken> GetUploadTokenAsync(CancellationToken cancellationToken)
    {
        var answer = await SendAsync<AholoTokenAnswer>(HttpMethod.Get, UploadTokenPath, null, null, "upload/token", cancellationToken);
        if (answer is not { OusToken: { Length: > 0 } token, GlobalDomain: { Length: > 0 } domain, BlockSize: > 0 and <= int.MaxValue })
        {
            throw new JsonException("Aholo upload/token answered without ousToken, globalDomain or a positive blockSize.");
        }

        return new AholoUploadToken(token, AholoUploadToken.OriginOf(domain), (int)answer.BlockSize.Value);
    }

    public async Task<string> CreateAsync(AholoTaskParameters parameters, IReadOnlyList<AholoUploadedInput> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(resources);
        var bodies = resources.Select(r => new AholoResourceBody(r.Name, (int)r.Kind, r.Url.AbsoluteUri, new AholoResourceMeta(r.Width, r.Height, r.Duration))).ToList();
        var cover = resources.FirstOrDefault(r => r.Kind == AholoInputKind.Image)?.Url.AbsoluteUri;
        var (path, body) = parameters.Flow == AholoFlow.Reconstruction
            ? (CreateReconstructionPath, (object)new AholoReconstructionBody(
                parameters.ProjectName, cover, parameters.Scene!, parameters.TaskQuality!, parameters.AccessLevel!.Value, bodies,
                parameters.UploadSog!.Value, parameters.Panorama!.Value))
            : (CreateGenerationPath, new AholoGenerationBody(parameters.ProjectName, cover, parameters.Prompt, bodies.Count == 0 ? null : bodies));

        var data = await SendAsync<JsonElement>(HttpMethod.Post, path, null, JsonContent.Create(body, body.GetType(), options: AholoJson.Options), path, cancellationToken);
        var projectId = data.ValueKind switch
        {
            JsonValueKind.String => data.GetString(),
            JsonValueKind.Object when data.TryGetProperty("projectId", out var id) => AholoJson.Text(id),
            JsonValueKind.Number => data.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(projectId) ? throw new JsonException($"Aholo {path} answered without a project id.") : projectId;
    }

    public async Task<IReadOnlyList<AholoTask>> ListTasksAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        var answer = await SendAsync<AholoTaskAnswer[]>(HttpMethod.Post, TaskListPath, null, JsonContent.Create(projectIds, options: AholoJson.Options), "task/list/by-ids", cancellationToken)
            ?? throw new JsonException("Aholo task/list/by-ids answered without a task list.");
        return [.. answer.Select(task => new AholoTask(
            task.ProjectId ?? task.Id ?? "",
            task.Status ?? throw new JsonException("Aholo task/list/by-ids listed a task without status."),
            task.Progress,
            Result(task.Result),
            AholoJson.Text(task.ErrorCode),
            task.ErrorMsg))];
    }

    public async Task<AholoProjectInfo?> GetProjectInfoAsync(string projectId, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await SendAsync<AholoProjectInfoAnswer>(HttpMethod.Get, ProjectInfoPath, $"projectId={Uri.EscapeDataString(projectId)}", null, "project/info", cancellationToken);
            return answer is null ? null : new AholoProjectInfo(answer.Name, answer.ProjectType, answer.Status, Result(answer.Result));
        }
        catch (VendorCallException exception) when (exception.VendorCode == AholoErrors.ProjectNotFound)
        {
            return null;
        }
    }

    static AholoResult? Result(AholoResultAnswer? result) =>
        result is null ? null : new AholoResult(Link(result.PlyPath), Link(result.SpzPath), Link(result.SogPath));

    static Uri? Link(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    async Task<T?> SendAsync<T>(HttpMethod method, string path, string? query, HttpContent? content, string operation, CancellationToken cancellationToken)
    {
        // Signed at the last moment: the timestamp must be within the vendor's clock window when it arrives.
        var signed = AholoSignature.Query(_options, time.GetUtcNow());
        using var request = new HttpRequestMessage(method, new Uri(query is null ? $"{path}?{signed}" : $"{path}?{query}&{signed}", UriKind.Relative)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await SendOrExplainAsync(request, operation, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw AholoErrors.FromStatus(operation, response, body);
        }

        var envelope = JsonSerializer.Deserialize<AholoEnvelope>(body, AholoJson.Options)
            ?? throw new JsonException($"Aholo {operation} answered with an empty body.");
        if (!envelope.IsSuccess)
        {
            throw AholoErrors.FromCode(operation, envelope.Code ?? "(none)", envelope.M);
        }

        return envelope.D.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : envelope.D.Deserialize<T>(AholoJson.Options);
    }

    /// <summary>A connection that never opened means Aholo did not see the call: safe to make again later.</summary>
    async Task<HttpResponseMessage> SendOrExplainAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorUnavailable, null,
                $"Aholo {operation} could not connect: {exception.Message}", null, exception);
        }
    }
}
