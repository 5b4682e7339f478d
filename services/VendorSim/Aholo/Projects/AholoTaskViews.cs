using GenerationGateway.VendorSim.Aholo.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>A project's task as the API shows it now, with freshly signed result links once it has succeeded.</summary>
public sealed class AholoTaskViews(AholoLinks links, TimeProvider time, IOptions<AholoSimulatorOptions> options)
{
    public AholoTaskItem Task(HttpRequest request, AholoProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var now = time.GetUtcNow();
        var status = project.StatusAt(now, options.Value, out var progress);
        var failed = status is >= AholoJobStatuses.Failed and <= AholoJobStatuses.Rejected;
        return new AholoTaskItem(
            project.Id,
            project.TaskId,
            project.Name,
            project.ProjectType,
            status,
            progress,
            Result(request, project, status),
            failed ? $"TASK_STATUS_{status}" : null,
            failed ? project.ErrorMessage ?? AholoJobStatuses.MessageOf(status) : null,
            project.CreatedAt.ToUnixTimeMilliseconds(),
            now.ToUnixTimeMilliseconds());
    }

    public AholoProjectInfoData Info(HttpRequest request, AholoProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var status = project.StatusAt(time.GetUtcNow(), options.Value, out _);
        return new AholoProjectInfoData(
            project.Id, project.Name, project.ProjectType, project.Request.Scene, project.Request.Cover, status,
            Result(request, project, status), project.CreatedAt.ToUnixTimeMilliseconds());
    }

    private AholoTaskResult? Result(HttpRequest request, AholoProject project, int status) =>
        status != AholoJobStatuses.Succeeded
            ? null
            : new AholoTaskResult(
                links.Result(request, project.Id, project.Id + ".ply"),
                links.Result(request, project.Id, project.Id + ".spz"),
                project.Request.UploadSog ? links.Result(request, project.Id, project.Id + ".sog") : null);
}
