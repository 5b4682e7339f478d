using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Files;
using GenerationGateway.VendorSim.DashScope.Responses;
using GenerationGateway.VendorSim.DashScope.Tasks;
using GenerationGateway.VendorSim.Downloads;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.DashScope.Endpoints;

/// <summary>
/// <c>GET /api/v1/tasks/{taskId}</c>: the task's status and times; SUCCEEDED adds <c>ply_url</c> (a fresh signed link)
/// and <c>usage.count</c>, FAILED adds <c>code</c>/<c>message</c>. Unknown or expired tasks are 200 <c>UNKNOWN</c>.
/// </summary>
public static class DashScopeTaskEndpoint
{
    public static IResult Handle(
        string taskId,
        HttpContext context,
        DashScopeScriptedFaults faults,
        Gen3dTaskStore store,
        DownloadTokens tokens,
        PublicBaseUrl baseUrl,
        TimeProvider time,
        IOptions<DashScopeSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(DashScopeFaultEndpoints.Task) is { } fault)
        {
            return DashScopeResults.Injected(fault);
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        var task = store.Find(taskId);
        var state = task?.StateAt(now, settings.Timeline()) ?? new Gen3dTaskState(Gen3dTaskStatus.Unknown, null, null);
        if (task is null || state.Status == Gen3dTaskStatus.Unknown)
        {
            return DashScopeResults.Json(new DashScopeTaskResponse(
                DashScopeResults.NewRequestId(), new DashScopeTaskOutput { TaskId = taskId, TaskStatus = Gen3dTaskStatus.Unknown }));
        }

        var output = new DashScopeTaskOutput
        {
            TaskId = task.TaskId,
            TaskStatus = state.Status,
            SubmitTime = DashScopeResults.Time(task.SubmittedAt, settings.TimeZoneOffset),
            ScheduledTime = DashScopeResults.Time(state.ScheduledAt, settings.TimeZoneOffset),
            EndTime = DashScopeResults.Time(state.EndAt, settings.TimeZoneOffset),
        };
        DashScopeUsage? usage = null;
        if (state.Status == Gen3dTaskStatus.Succeeded)
        {
            var token = tokens.Create(task.TaskId, PlyCharacter.FileName, now + settings.PlyLinkLifetime);
            output = output with { PlyUrl = baseUrl.For(context.Request, $"{DashScopeRoutes.Files}/{token}/{PlyCharacter.FileName}").AbsoluteUri };
            usage = new DashScopeUsage(1);
        }
        else if (state.Status == Gen3dTaskStatus.Failed)
        {
            output = output with { Code = task.FailureCode, Message = task.FailureMessage };
        }

        return DashScopeResults.Json(new DashScopeTaskResponse(DashScopeResults.NewRequestId(), output, usage));
    }
}
