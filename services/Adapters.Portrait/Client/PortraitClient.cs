using System.Text.Json;
using GenerationGateway.Adapters.Portrait.VendorApi;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>
/// The portrait API for the gateway: the wire is <see cref="IPortraitApi"/> and <see cref="IPortraitReadApi"/> (Refit); this
/// layer adds the AppCode, reads the <c>ret</c> envelope (errors inside 200s) and maps refusals (<see cref="PortraitErrors"/>).
/// </summary>
sealed class PortraitClient(IPortraitApi api, IPortraitReadApi reads, IOptions<PortraitOptions> options) : IPortraitClient
{
    readonly string _appCode = options.Value.AppCode;

    public async Task<string> UploadFileAsync(PortraitPhoto photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        using var response = await api.UploadFileAsync(new ByteArrayPart(photo.Bytes.ToArray(), photo.FileName, photo.ContentType), _appCode, cancellationToken);
        var body = await ReadAsync(response, PortraitOperation.Upload, cancellationToken);
        return body.ValueKind == JsonValueKind.String && body.GetString() is { Length: > 0 } path
            ? path
            : throw new JsonException("Portrait upload_file answered without a path in body.");
    }

    public async Task<PortraitTaskTicket> CreateUserModelAsync(IReadOnlyList<string> imageSet, Uri? callbackUrl, CancellationToken cancellationToken)
    {
        using var response = await api.CreateUserModelAsync(new PortraitUserModelRequest(imageSet, callbackUrl), _appCode, cancellationToken);
        return Ticket(await ReadAsync(response, PortraitOperation.UserModelCreate, cancellationToken), PortraitOperation.UserModelCreate);
    }

    public async Task<PortraitTaskStatus> QueryTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        using var response = await reads.QueryTaskAsync(new PortraitTaskQueryRequest(taskId), _appCode, cancellationToken);
        var body = Parse<PortraitTaskBody>(await ReadAsync(response, PortraitOperation.TaskQuery, cancellationToken), PortraitOperation.TaskQuery);
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
        using var response = await reads.GetStylesAsync(_appCode, cancellationToken);
        var styles = Parse<PortraitStyleBody[]>(await ReadAsync(response, PortraitOperation.Styles, cancellationToken), PortraitOperation.Styles);
        return [.. styles.Where(s => !string.IsNullOrEmpty(s.Style)).Select(s => new PortraitStyle(
            s.Style!, s.Name ?? s.Style!, s.Sex, Uri.TryCreate(s.Template, UriKind.Absolute, out var template) ? template : null))];
    }

    public async Task<PortraitTaskTicket> CreateTaskAsync(string userId, string style, Uri? callbackUrl, CancellationToken cancellationToken)
    {
        using var response = await api.CreateTaskAsync(new PortraitTaskCreateRequest(userId, style, callbackUrl), _appCode, cancellationToken);
        return Ticket(await ReadAsync(response, PortraitOperation.TaskCreate, cancellationToken), PortraitOperation.TaskCreate, userId);
    }

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

    /// <summary>Answers the envelope's <c>body</c>, or throws the refusal: the API gateway's (a header), the status's, or a non-zero <c>ret</c>.</summary>
    static async Task<JsonElement> ReadAsync(HttpResponseMessage response, PortraitOperation operation, CancellationToken cancellationToken)
    {
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
}
