using GenerationGateway.VendorSim.Portrait.Faults;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>Creates and stores trainings and generations, their endings chosen by the scripted faults.</summary>
public sealed class PortraitTaskFactory(
    PortraitSimStore store,
    PortraitScriptedFaults faults,
    TimeProvider time,
    IOptions<PortraitSimulatorOptions> options,
    ILogger<PortraitTaskFactory> logger)
{
    public PortraitTask CreateTraining(Uri? callbackUrl, string linkRoot) =>
        Create(PortraitTaskType.Training, store.NextUserId(), style: null, callbackUrl, linkRoot);

    public PortraitTask CreateGeneration(string userId, PortraitStyle style, Uri? callbackUrl, string linkRoot) =>
        Create(PortraitTaskType.Generation, userId, style, callbackUrl, linkRoot);

    private PortraitTask Create(PortraitTaskType type, string userId, PortraitStyle? style, Uri? callbackUrl, string linkRoot)
    {
        var settings = options.Value;
        var training = type == PortraitTaskType.Training;
        var task = new PortraitTask
        {
            Id = Guid.NewGuid().ToString(),
            Type = type,
            UserId = userId,
            Style = style,
            CreatedAt = time.GetUtcNow(),
            Waiting = training ? settings.TrainingWaitingDuration : settings.GenerationWaitingDuration,
            Running = training ? settings.TrainingRunningDuration : settings.GenerationRunningDuration,
            Script = faults.TakeScript(type),
            PhotoCount = training ? 0 : settings.PhotosPerGeneration,
            CallbackUrl = callbackUrl,
            CallbackCopies = callbackUrl is not null && faults.TakeDuplicateCallback() ? 2 : 1,
            LinkRoot = linkRoot,
        };
        store.Add(task);
        logger.LogInformation(
            "Portrait simulator created {TaskType} task {TaskId} for user {UserId} (style {Style}, script {Script}, callback {HasCallback})",
            type, task.Id, userId, style?.Id, task.Script, callbackUrl is not null);
        return task;
    }
}
