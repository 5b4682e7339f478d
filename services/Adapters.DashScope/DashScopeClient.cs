using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.DashScope.VendorApi;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>
/// The typed client of DashScope's async-task API; its <see cref="HttpClient"/> has the base URL, the key is added per call.
/// Every task-API call first takes a slot of the account's shared limit (<see cref="DashScopeOptions.TaskQueriesPerSecond"/>).
/// </summary>
public sealed class DashScopeClient(HttpClient http, ISharedRateLimiter limiter, IOptions<DashScopeOptions> options) : IDashScopeClient
{
    public const string SubmitPath = "api/v1/services/aigc/video-generation/3d-generation";
    public const string TasksPath = "api/v1/tasks/";
    public const string AsyncHeader = "X-DashScope-Async";
    public const string WorkspaceHeader = "X-DashScope-WorkSpace";
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    readonly DashScopeOptions _options = options.Value;
    readonly RateLimitPolicy _taskApi = new(options.Value.RateLimitBucket, options.Value.TaskQueriesPerSecond, options.Value.RateLimitMaxWait);

    public async Task<DashScopeTask> SubmitAsync(DashScopeGen3dParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var request = new HttpRequestMessage(HttpMethod.Post, SubmitPath)
        {
            Content = JsonContent.Create(
                new DashScopeSubmitRequest(DashScopeGen3dParameters.Model, new DashScopeSubmitInput(parameters.ImageUrl.AbsoluteUri)),
                options: DashScopeJson.Options),
        };
        request.Headers.Add(AsyncHeader, "enable");
        var answer = await SendAsync(request, "submit", FailureReason.InvalidRequest, cancellationToken);
        return ToTask(answer, "submit");
    }

    public async Task<DashScopeTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        await WaitForSlotAsync("task query", cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, TasksPath + Uri.EscapeDataString(taskId));
        var answer = await SendAsync(request, "task query", FailureReason.VendorJobLost, cancellationToken);
        return ToTask(answer, "task query");
    }

    public async Task CancelTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        await WaitForSlotAsync("cancel", cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{TasksPath}{Uri.EscapeDataString(taskId)}/cancel");
        await SendAsync(request, "cancel", FailureReason.VendorJobLost, cancellationToken);
    }

    async Task WaitForSlotAsync(string operation, CancellationToken cancellationToken)
    {
        var decision = await limiter.AcquireAsync(_taskApi, cancellationToken);
        if (!decision.IsGranted)
        {
            // Nothing was sent: the workflow asks again after the wait (a status check counts as still running).
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorRateLimited, null,
                $"DashScope {operation} held back: the account's task API allows {_taskApi.PermitsPerSecond.ToString(CultureInfo.InvariantCulture)} calls/s and its queue is longer than {_taskApi.MaxWait}.",
                decision.RetryAfter);
        }
    }

    async Task<DashScopeAnswer> SendAsync(HttpRequestMessage request, string operation, FailureReason notFound, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrWhiteSpace(_options.WorkspaceId))
        {
            request.Headers.Add(WorkspaceHeader, _options.WorkspaceId);
        }

        using var response = await SendOrExplainAsync(request, operation, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = TryParse(body);
        if (!response.IsSuccessStatusCode)
        {
            throw DashScopeErrors.FromResponse(operation, response, answer, body, notFound);
        }

        return answer ?? throw new JsonException($"DashScope {operation} answered HTTP {(int)response.StatusCode} with a body that is not its JSON.");
    }

    /// <summary>A connection that never opened means DashScope did not see the call: safe to make again later.</summary>
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
                $"DashScope {operation} could not connect: {exception.Message}", null, exception);
        }
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

    static DashScopeAnswer? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<DashScopeAnswer>(body, DashScopeJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
