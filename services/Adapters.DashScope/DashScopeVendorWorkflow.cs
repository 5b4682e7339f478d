using System.Text.Json;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>
/// <c>motionshop-gen3d</c> in the generation workflow: one async submit (DashScope downloads the photo itself),
/// polling <c>GET /tasks/{id}</c> under the account's shared limit, the PLY of a SUCCEEDED task as the asset.
/// A task can be cancelled only while PENDING; a RUNNING one runs on and is reported as not stopped.
/// </summary>
public sealed class DashScopeVendorWorkflow(IDashScopeClient client, IOptions<DashScopeOptions> options, ILogger<DashScopeVendorWorkflow> logger) : IVendorWorkflow
{
    public const string AssetName = "character.ply";

    readonly DashScopeOptions _options = options.Value;

    public string Vendor => DashScopeRequestRules.Key;

    /// <summary>Nothing to prepare: the request goes to the vendor as it is.</summary>
    public static bool NeedsPreparation(GenerationRequested request) => false;

    public Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Task.FromResult(PrepareOutcome.Ready(job.State));
    }

    public async Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var errors = new RequestValidationErrors();
        if (!DashScopeGen3dParametersResolver.TryResolve(job.Request, errors, out var parameters))
        {
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, $"The request breaks motionshop-gen3d's rules: {errors}");
        }

        var task = await client.SubmitAsync(parameters, cancellationToken);
        logger.LogInformation("DashScope accepted generation {GenerationId} as task {VendorJobId} ({DashScopeStatus}, request {DashScopeRequestId})",
            job.GenerationId, task.TaskId, task.Status, task.RequestId);
        return new SubmitOutcome { VendorJobId = task.TaskId, State = job.State, FirstCheckAfter = _options.StatusInterval };
    }

    /// <summary>
    /// Not supported. The task list (<c>GET /api/v1/tasks?start_time=…&amp;model_name=…</c>) can narrow tasks to a model
    /// and a time window, but nothing in a task ties it to a request: no client token, no echo of the input, and every
    /// key of the account (other tools, other deployments) sees the same tasks. Two submits close in time cannot be told
    /// apart, so "found" could attach a generation to a stranger's character and "not found" could pay twice.
    /// </summary>
    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public async Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken)
    {
        var task = await client.GetTaskAsync(TaskIdOf(job), cancellationToken);
        switch (task.Status)
        {
            case DashScopeTaskStatus.Pending:
            case DashScopeTaskStatus.Running:
            case DashScopeTaskStatus.Suspended:
                return StatusOutcome.Running(task.Status, retryAfter: _options.StatusInterval);
            case DashScopeTaskStatus.Succeeded:
                return StatusOutcome.Succeeded(task.Status);
            case DashScopeTaskStatus.Failed:
            case DashScopeTaskStatus.Canceled:
            case DashScopeTaskStatus.Unknown:
                var failed = DashScopeTaskFailure.Of(task);
                logger.LogWarning("DashScope task {VendorJobId} of generation {GenerationId} is {DashScopeStatus}: {VendorCode} {VendorMessage}",
                    task.TaskId, job.GenerationId, task.Status, failed.VendorCode, failed.VendorMessage);
                return failed;
            default:
                throw new JsonException($"DashScope reported task {task.TaskId} in status '{task.Status}', which it does not document.");
        }
    }

    public async Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken)
    {
        // Asked again rather than remembered: the PLY link is signed and expires, a fresh answer has a fresh link.
        var task = await client.GetTaskAsync(TaskIdOf(job), cancellationToken);
        if (task.Status == DashScopeTaskStatus.Unknown)
        {
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.VendorJobLost, task.Status,
                $"DashScope no longer knows task {task.TaskId}; its character cannot be collected.");
        }

        if (task.Status != DashScopeTaskStatus.Succeeded || task.PlyUrl is null)
        {
            throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, task.Status,
                $"DashScope task {task.TaskId} is {task.Status} {(task.PlyUrl is null ? "without" : "with")} a ply_url; expected SUCCEEDED with one.");
        }

        return new CollectOutcome
        {
            Assets = [new VendorAsset { Role = AssetRole.Model, Format = AssetFormat.Ply, Name = AssetName, Url = task.PlyUrl, ContentType = "application/x-ply" }],
            Usage = new VendorUsage { Quantity = task.UsageCount ?? 1 },
        };
    }

    /// <summary>
    /// PENDING: cancelled at DashScope. RUNNING: DashScope cannot stop it; the workflow stops polling and reports the
    /// vendor job as not stopped. A task that already ended needs no stopping.
    /// </summary>
    public async Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken)
    {
        var taskId = TaskIdOf(job);
        var task = await client.GetTaskAsync(taskId, cancellationToken);
        var refusal = "";
        if (task.Status == DashScopeTaskStatus.Pending)
        {
            try
            {
                await client.CancelTaskAsync(taskId, cancellationToken);
                logger.LogInformation("DashScope task {VendorJobId} of generation {GenerationId} cancelled while PENDING", taskId, job.GenerationId);
                return CancelOutcome.StoppedAtVendor;
            }
            catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Rejected)
            {
                // It may have started between the two calls: what it is now decides.
                logger.LogInformation("DashScope refused to cancel task {VendorJobId} of generation {GenerationId}: {VendorMessage}", taskId, job.GenerationId, exception.Message);
                refusal = exception.Message;
                task = await client.GetTaskAsync(taskId, cancellationToken);
            }
        }

        return task.Status switch
        {
            DashScopeTaskStatus.Canceled => CancelOutcome.StoppedAtVendor,
            DashScopeTaskStatus.Failed => new CancelOutcome { Stopped = true, Note = $"DashScope task {taskId} had already failed." },
            DashScopeTaskStatus.Succeeded => CancelOutcome.NotStoppable($"DashScope task {taskId} had already succeeded; it was not stopped and its result is discarded."),
            DashScopeTaskStatus.Unknown => CancelOutcome.NotStoppable($"DashScope no longer knows task {taskId}; whether it still runs is unknown."),
            DashScopeTaskStatus.Pending => CancelOutcome.NotStoppable($"The vendor job could not be stopped: DashScope refused to cancel PENDING task {taskId}. {refusal}"),
            _ => CancelOutcome.NotStoppable(
                $"The vendor job could not be stopped: DashScope task {taskId} is {task.Status} and only PENDING tasks can be cancelled. It runs to its end at DashScope (and is billed); the gateway stopped polling it."),
        };
    }

    static string TaskIdOf(VendorJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.VendorJobId ?? throw new InvalidOperationException($"Generation {job.GenerationId} has no DashScope task id.");
    }
}
