using System.Globalization;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// Rodin in the generation workflow: one multipart submit (the images are fetched then), status
/// per job by subscription key, one download list. Rodin can neither list nor cancel tasks.
/// </summary>
public sealed class RodinVendorWorkflow(IRodinClient client, IOptions<RodinOptions> options, ILogger<RodinVendorWorkflow> logger) : IVendorWorkflow
{
    public const string SubscriptionKeyState = "subscriptionKey";
    public const string JobUuidsState = "jobUuids";
    public const string CreditsState = "credits";

    readonly RodinOptions _options = options.Value;

    public string Vendor => RodinRequestRules.Key;

    /// <summary>
    /// Fetches the input images once on the inputs queue, so that an input that cannot be fetched (or only slowly) fails
    /// here, within the egress guard's limits, and never holds a vendor call; the submit fetches them again to attach.
    /// </summary>
    /// <summary>Only images are checked before the submit; a text prompt is submitted at once.</summary>
    public static bool NeedsPreparation(GenerationRequested request) => request?.Inputs.Images is { Count: > 0 };

    public async Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Request.Inputs.Images is { Count: > 0 } images)
        {
            await client.CheckImagesAsync(images, cancellationToken);
        }

        return PrepareOutcome.Ready(job.State);
    }

    public async Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var errors = new RequestValidationErrors();
        if (!RodinGenerateParametersResolver.TryResolve(job.Request, errors, out var parameters))
        {
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, $"The request breaks Rodin's rules: {errors}");
        }

        var submission = await client.GenerateAsync(parameters, cancellationToken);
        logger.LogInformation(
            "Rodin accepted generation {GenerationId} as task {VendorJobId} on tier {Tier} with {JobCount} jobs",
            job.GenerationId, submission.TaskUuid, parameters.Tier, submission.JobUuids.Count);

        var state = new Dictionary<string, string>(job.State, StringComparer.Ordinal)
        {
            [SubscriptionKeyState] = submission.SubscriptionKey,
            [JobUuidsState] = string.Join(',', submission.JobUuids),
            [CreditsState] = parameters.EstimatedCredits.ToString(CultureInfo.InvariantCulture),
        };
        return new SubmitOutcome { VendorJobId = submission.TaskUuid, State = state, FirstCheckAfter = _options.StatusInterval };
    }

    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public async Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.State.TryGetValue(SubscriptionKeyState, out var subscriptionKey))
        {
            throw new InvalidOperationException($"Generation {job.GenerationId} has no Rodin subscription key in its state.");
        }

        var jobs = await client.GetStatusAsync(subscriptionKey, cancellationToken);
        var summary = string.Join(',', jobs.Select(x => x.Status));
        if (jobs.FirstOrDefault(x => x.Status is RodinJobState.Failed or RodinJobState.Canceled) is { } failed)
        {
            logger.LogWarning("Rodin job {RodinJobUuid} of generation {GenerationId} is {RodinStatus}", failed.Uuid, job.GenerationId, failed.Status);
            return StatusOutcome.Failed(FailureReason.VendorJobFailed, retryable: true, failed.Status,
                $"Rodin job {failed.Uuid} of task {job.VendorJobId} is {failed.Status}.", summary);
        }

        if (jobs.Count > 0 && jobs.All(x => x.Status == RodinJobState.Done))
        {
            return StatusOutcome.Succeeded(summary);
        }

        var done = jobs.Count(x => x.Status == RodinJobState.Done) + (0.5 * jobs.Count(x => x.Status == RodinJobState.Generating));
        var percent = jobs.Count == 0 ? 0 : (int)(100 * done / jobs.Count);
        return StatusOutcome.Running(summary, percent, _options.StatusInterval);
    }

    public async Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var taskUuid = job.VendorJobId ?? throw new InvalidOperationException($"Generation {job.GenerationId} has no Rodin task uuid.");
        var files = await client.DownloadAsync(taskUuid, cancellationToken);
        if (files.Count == 0)
        {
            throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null, $"Rodin listed no files for task {taskUuid} yet.");
        }

        var assets = RodinAssetFile.ToAssets(files);
        var usage = job.State.TryGetValue(CreditsState, out var credits) && decimal.TryParse(credits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? new VendorUsage { Credits = value, Quantity = 1 }
            : null;
        var hasModel = assets.Any(x => x.Role is AssetRole.Model or AssetRole.Archive && x.Format != AssetFormat.Other);
        return new CollectOutcome
        {
            Assets = assets,
            Usage = usage,
            PartialNote = hasModel ? null : $"Rodin listed no model file for task {taskUuid}: {string.Join(", ", files.Select(x => x.Name))}.",
        };
    }

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(CancelOutcome.NotStoppable("Rodin has no cancel endpoint"));
}
