using System.Globalization;
using System.Text.Json;
using GenerationGateway.Adapters.DashScope.VendorApi;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>
/// DashScope's async-task API for the gateway: the wire is <see cref="IDashScopeApi"/> and <see cref="IDashScopeTaskApi"/>
/// (Refit); this layer adds the key and workspace, reads DashScope's answers and maps its errors (<see cref="DashScopeErrors"/>).
/// </summary>
sealed class DashScopeClient(IDashScopeApi api, IDashScopeTaskApi tasks, IOptions<DashScopeOptions> options) : IDashScopeClient
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    readonly DashScopeOptions _options = options.Value;

    string? Workspace => string.IsNullOrWhiteSpace(_options.WorkspaceId) ? null : _options.WorkspaceId;

    public async Task<DashScopeTask> SubmitAsync(DashScopeGen3dParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = new DashScopeSubmitRequest(DashScopeRequestRules.Model, new DashScopeSubmitInput(parameters.ImageUrl.AbsoluteUri));
        using var response = await api.SubmitAsync(body, _options.ApiKey, Workspace, cancellationToken);
        return ToTask(await ReadAsync(response, "submit", FailureReason.InvalidRequest, cancellationToken), "submit");
    }

    public async Task<DashScopeTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        using var response = await tasks.GetTaskAsync(taskId, _options.ApiKey, Workspace, cancellationToken);
        return ToTask(await ReadAsync(response, "task query", FailureReason.VendorJobLost, cancellationToken), "task query");
    }

    public async Task CancelTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        using var response = await tasks.CancelTaskAsync(taskId, _options.ApiKey, Workspace, cancellationToken);
        await ReadAsync(response, "cancel", FailureReason.VendorJobLost, cancellationToken);
    }

    static async Task<DashScopeAnswer> ReadAsync(HttpResponseMessage response, string operation, FailureReason notFound, CancellationToken cancellationToken)
    {
        var (body, answer) = await DashScopeJson.ReadAsync<DashScopeAnswer>(response, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw DashScopeErrors.FromResponse(operation, response, answer, body, notFound);
        }

        return answer ?? throw new JsonException($"DashScope {operation} answered HTTP {(int)response.StatusCode} with a body that is not its JSON.");
    }

    static DashScopeTask ToTask(DashScopeAnswer answer, string operation)
    {
        var output = answer.Output;
        if (output?.TaskId is not { Length: > 0 } taskId || output.TaskStatus is not { Length: > 0 } status)
        {
            throw new JsonException($"DashScope {operation} answered without output.task_id or output.task_status.");
        }

        Uri? plyUrl = null;
        if (output.PlyUrl is { Length: > 0 } ply && !Uri.TryCreate(ply, UriKind.Absolute, out plyUrl))
        {
            throw new JsonException($"DashScope {operation} answered a ply_url that is not an absolute URL: {ply}");
        }

        return new DashScopeTask
        {
            TaskId = taskId,
            Status = status,
            RequestId = answer.RequestId,
            PlyUrl = plyUrl,
            UsageCount = answer.Usage?.Count,
            Code = output.Code,
            Message = output.Message,
            SubmitTime = ParseTime(output.SubmitTime),
            ScheduledTime = ParseTime(output.ScheduledTime),
            EndTime = ParseTime(output.EndTime),
        };
    }

    static DateTime? ParseTime(string? value) =>
        DateTime.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
