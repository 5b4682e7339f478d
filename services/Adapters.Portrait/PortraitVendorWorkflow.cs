using GenerationGateway.Adapters.Portrait.Callbacks;
using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Portrait.Styles;
using GenerationGateway.Adapters.Portrait.Training;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Portrait;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait;

/// <summary>
/// The AI portrait API in the generation workflow: preparing trains (or reuses) the subject's model, the paid
/// submit generates one style with it, checks poll <c>aigc_task_query</c> (callbacks make them come sooner), and
/// the result paths are collected as photos. The API can neither cancel nor search tasks.
/// </summary>
public sealed class PortraitVendorWorkflow(
    IPortraitClient client,
    PortraitStyleCatalog styles,
    PortraitSubjectTraining training,
    PortraitCallbackUrls callbacks,
    IOptions<PortraitOptions> options,
    ILogger<PortraitVendorWorkflow> logger) : IVendorWorkflow
{
    readonly PortraitOptions _options = options.Value;

    public string Vendor => PortraitRequestRules.Key;

    public async Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.State.ContainsKey(PortraitMemo.TrainingTaskId))
        {
            // Before anything is paid: the request's rules again, and a style the vendor really has.
            var errors = new RequestValidationErrors();
            new PortraitRequestRules().Validate(job.Request, errors);
            if (errors.HasErrors)
            {
                throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, $"The request breaks the portrait API's rules: {errors}");
            }

            var style = job.Request.Options.Style!;
            if (await styles.FindAsync(style, cancellationToken) is null)
            {
                throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null,
                    $"The portrait vendor has no style '{style}' (see GET {PortraitStylesEndpoint.Route}).");
            }
        }

        return await training.PrepareAsync(job, cancellationToken);
    }

    public async Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var userId = job.State.GetValueOrDefault(PortraitMemo.UserId)
            ?? throw new InvalidOperationException($"Generation {job.GenerationId} has no portrait user id in its memo.");
        var style = job.Request.Options.Style!;
        var ticket = await client.CreateTaskAsync(userId, style, callbacks.For(job.GenerationId), cancellationToken);
        logger.LogInformation("Portrait vendor accepted generation {GenerationId} as task {VendorJobId} (model {VendorUserId}, style {Style})",
            job.GenerationId, ticket.TaskId, userId, style);
        return new SubmitOutcome { VendorJobId = ticket.TaskId, State = job.State, FirstCheckAfter = _options.GenerationPollInterval };
    }

    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public async Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken)
    {
        var task = await QueryAsync(job, cancellationToken);
        return task.State switch
        {
            PortraitTaskState.Succeeded or PortraitTaskState.PartlySucceeded => StatusOutcome.Succeeded(task.VendorStatus),
            PortraitTaskState.Failed => StatusOutcome.Failed(FailureReason.VendorJobFailed, retryable: true, "5",
                $"The portrait vendor failed generation task {task.Id} (state 5).", task.VendorStatus),
            PortraitTaskState.Waiting => StatusOutcome.Running(task.VendorStatus, 10, _options.GenerationPollInterval),
            _ => StatusOutcome.Running(task.VendorStatus, 50, _options.GenerationPollInterval),
        };
    }

    public async Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken)
    {
        var task = await QueryAsync(job, cancellationToken);
        if (task.State is not (PortraitTaskState.Succeeded or PortraitTaskState.PartlySucceeded))
        {
            throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null,
                $"Portrait task {task.Id} is not finished ({task.VendorStatus}).");
        }

        var assets = PortraitPhotoAssets.From(task.ResultPaths);
        var partial = task.State == PortraitTaskState.PartlySucceeded
            ? $"The portrait vendor reported a partial success (state 4) for task {task.Id}: {assets.Count} photo(s) were generated, some are missing."
            : null;
        if (partial is not null)
        {
            logger.LogWarning("Generation {GenerationId} completes partially: {PartialNote}", job.GenerationId, partial);
        }

        return new CollectOutcome { Assets = assets, Usage = new VendorUsage { Quantity = assets.Count }, PartialNote = partial };
    }

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(CancelOutcome.NotStoppable("The portrait API has no cancel endpoint; the vendor task runs to its end."));

    Task<PortraitTaskStatus> QueryAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var taskId = job.VendorJobId ?? throw new InvalidOperationException($"Generation {job.GenerationId} has no portrait task id.");
        return client.QueryTaskAsync(taskId, cancellationToken);
    }
}
