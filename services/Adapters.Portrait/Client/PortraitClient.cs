using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.Portrait.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>The typed client of the portrait API; its <see cref="HttpClient"/> has the base URL, the AppCode is added per call.</summary>
public sealed class PortraitClient(HttpClient http, IOptions<PortraitOptions> options) : IPortraitClient
{
    public const string UploadFilePath = "cloud/upload_file";
    public const string UserModelCreatePath = "cloud/aigc_user_model_create";
    public const string TaskQueryPath = "cloud/aigc_task_query";
    public const string ProductBriefQueryPath = "cloud/aigc_product_brief_query";
    public const string TaskCreatePath = "cloud/aigc_task_create";

    /// <summary>The multipart part the photo goes in (not documented; VENDORS.md §5.3 guesses <c>file</c>).</summary>
    public const string FilePart = "file";

    public async Task<string> UploadFileAsync(PortraitPhoto photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        using var form = new MultipartFormDataContent();
        var content = new ReadOnlyMemoryContent(photo.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(photo.ContentType);
        form.Add(content, FilePart, photo.FileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadFilePath) { Content = form };
        var body = await SendAsync(request, PortraitOperation.Upload, cancellationToken);
        return body.ValueKind == JsonValueKind.String && body.GetString() is { Length: > 0 } path
            ? path
            : throw new JsonException("Portrait upload_file answered without a path in body.");
    }

    public async Task<PortraitTaskTicket> CreateUserModelAsync(IReadOnlyList<string> imageSet, Uri? callbackUrl, CancellationToken cancellationToken)
    {
        using var request = JsonRequest(UserModelCreatePath, new PortraitUserModelRequest(imageSet, callbackUrl));
        return Ticket(await SendAsync(request, PortraitOperation.UserModelCreate, cancellationToken), PortraitOperation.UserModelCreate);
    }

    public async Task<PortraitTaskStatus> QueryTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        using var request = JsonRequest(TaskQueryPath, new PortraitTaskQueryRequest(taskId));
        var body = Parse<PortraitTaskBody>(await SendAsync(request, PortraitOperation.TaskQuery, cancellationToken), PortraitOperation.TaskQuery);
        if (body.State is not { } state || body.TskType is not { } type)
        {
            throw new JsonException($"Portrait aigc_task_query answered without state or tsk_type for task {taskId}.");
        }

        var paths = (body.ResultPaths ?? []).Select(path => Uri.TryCreate(path, UriKind.Absolute, out var url)
            ? url
            : throw new JsonException($"Portrait aigc_task_query listed a result path that is not an absolute URL: {path}")).ToList();
        return new PortraitTaskStatus(body.Id ?? taskId, (PortraitTaskState)state, (PortraitTaskType)type, paths);
    }

    public async Task<IReadOnlyList<PortraitStyle>> GetStylesAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProductBriefQueryPath);
        var styles = Parse<PortraitStyleBody[]>(await SendAsync(request, PortraitOperation.Styles, cancellationToken), PortraitOperation.Styles);
        return [.. styles.Where(s => !string.IsNullOrEmpty(s.Style)).Select(s => new PortraitStyle(
            s.Style!, s.Name ?? s.Style!, s.Sex, Uri.TryCreate(s.Template, UriKind.Absolute, out var template) ? template : null))];
    }

    public async Task<PortraitTaskTicket> CreateTaskAsync(string userId, string style, Uri? callbackUrl, CancellationToken cancellationToken)
    {
        using var request = JsonRequest(TaskCreatePath, new PortraitTaskCreateRequest(userId, style, callbackUrl));
        var ticket = Ticket(await SendAsync(request, PortraitOperation.TaskCreate, cancellationToken), PortraitOperation.TaskCreate, userId);
        return ticket;
    }

    static HttpRequestMessage JsonRequest<T>(string path, T body) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: PortraitJson.Options) };

    static PortraitTaskTicket Ticket(JsonElement body, PortraitOperation operation, string? knownUserId = null)
    {
        var ticket = Parse<PortraitTicketBody>(body, operation);
        return ticket.TaskId is { Length: > 0 } taskId && (ticket.UserId ?? knownUserId) is { Length: > 0 } userId
            ? new PortraitTaskTicket(taskId, userId)
            : throw new JsonException($"Portrait {operation.Name} answered without task_id or user_id.");
    }

    static T Parse<T>(JsonElement body, PortraitOperation operation) =>
        body.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? body.Deserialize<T>(PortraitJson.Options) ?? throw new JsonException($"Portrait {operation.Name} answered an empty body.")
            : throw new JsonException($"Portrait {operation.Name} answered a body that is not its JSON: {body}");

    /// <summary>Sends with the AppCode; answers the envelope's <c>body</c> or throws the refusal.</summary>
    async Task<JsonElement> SendAsync(HttpRequestMessage request, PortraitOperation operation, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("APPCODE", options.Value.AppCode);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await SendOrExplainAsync(request, operation, cancellationToken);
        if (response.Headers.TryGetValues(PortraitErrors.ErrorMessageHeader, out var messages) && !response.IsSuccessStatusCode)
        {
            throw PortraitErrors.FromGateway(operation, response.StatusCode, string.Join(' ', messages));
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw PortraitErrors.FromStatus(operation, response, text);
        }

        var answer = JsonSerializer.Deserialize<PortraitAnswer>(text, PortraitJson.Options)
            ?? throw new JsonException($"Portrait {operation.Name} answered HTTP {(int)response.StatusCode} with an empty body.");
        return answer.Ret switch
        {
            0 => answer.Body,
            { } ret => throw PortraitErrors.FromRet(operation, ret, answer.Message),
            null => throw new JsonException($"Portrait {operation.Name} answered without ret."),
        };
    }

    /// <summary>A connection that never opened means the vendor did not see the call: safe to make again later.</summary>
    async Task<HttpResponseMessage> SendOrExplainAsync(HttpRequestMessage request, PortraitOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorUnavailable, null,
                $"Portrait {operation.Name} could not connect: {exception.Message}", null, exception);
        }
    }
}
