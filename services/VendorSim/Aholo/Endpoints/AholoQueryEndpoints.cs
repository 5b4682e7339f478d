using System.Text.Json;
using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Projects;
using GenerationGateway.VendorSim.Aholo.Responses;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary><c>POST project/task/list/by-ids</c> (body: a JSON array of project ids; unknown ids are left out) and <c>GET project/info?projectId=</c>.</summary>
public static class AholoQueryEndpoints
{
    public const int MaxIds = 100;

    public static async Task<IResult> TaskListAsync(HttpContext context, AholoScriptedFaults faults, AholoProjectStore projects, AholoTaskViews views)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.TaskList) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        var body = await AholoRequestBodies.JsonAsync(context.Request, context.RequestAborted);
        if (body is not { ValueKind: JsonValueKind.Array } ids || ids.EnumerateArray().Any(id => id.ValueKind != JsonValueKind.String))
        {
            return AholoResults.InvalidParameter("The body must be a JSON array of project ids.");
        }

        if (ids.GetArrayLength() > MaxIds)
        {
            return AholoResults.InvalidParameter($"At most {MaxIds} ids per call.");
        }

        var tasks = ids.EnumerateArray()
            .Select(id => projects.Find(id.GetString()!))
            .OfType<AholoProject>()
            .Select(project => views.Task(context.Request, project))
            .ToList();
        return AholoResults.Ok(tasks);
    }

    public static IResult Info(HttpContext context, string? projectId, AholoScriptedFaults faults, AholoProjectStore projects, AholoTaskViews views)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.ProjectInfo) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        if (string.IsNullOrEmpty(projectId))
        {
            return AholoResults.InvalidParameter("projectId is required.");
        }

        return projects.Find(projectId) is { } project
            ? AholoResults.Ok(views.Info(context.Request, project))
            : AholoResults.Error(AholoCodes.ProjectNotFound, $"No project {projectId}.");
    }
}
