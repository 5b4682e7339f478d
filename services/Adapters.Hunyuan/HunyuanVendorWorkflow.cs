using System.Globalization;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// Hunyuan 3D Pro in the generation workflow: the rules and the input images are checked while preparing (nothing
/// is paid yet), then one create call, polls by task id, and the task's resources collected. SeaArt can neither
/// search nor cancel tasks.
/// </summary>
public sealed class HunyuanVendorWorkflow(
    IHunyuanClient client, HunyuanImageCheck images, IOptions<HunyuanOptions> options, ILogger<HunyuanVendorWorkflow> logger) : IVendorWorkflow
{
    public const string CheckedImagesState = "checkedImages";
    public const string GenerateTypeState = "generateType";

    readonly HunyuanOptions _options = options.Value;

    public string Vendor => HunyuanRequestRules.Key;

    public async Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        Resolve(job);
        var checkedImages = await images.CheckAsync(job.Request, cancellationToken);
        return PrepareOutcome.Ready(new Dictionary<string, string>(job.State, StringComparer.Ordinal)
        {
            [CheckedImagesState] = checkedImages.ToString(CultureInfo.InvariantCulture),
        });
    }

    public async Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var parameters = Resolve(job);
        var submission = await client.CreateAsync(parameters, cancellationToken);
        logger.LogInformation(
            "SeaArt accepted generation {GenerationId} as Hunyuan task {VendorJobId} ({GenerateType})",
            job.GenerationId, submission.TaskId, parameters.GenerateType);
        return new SubmitOutcome
        {
            VendorJobId = submission.TaskId,
            State = new Dictionary<string, string>(job.State, StringComparer.Ordinal) { [GenerateTypeState] = parameters.GenerateType },
            FirstCheckAfter = _options.StatusInterval,
        };
    }

    /// <summary>SeaArt has no task search (VENDORS.md §2.3): a crashed submit cannot be found again.</summary>
    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public async Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var task = await client.GetTaskAsync(TaskId(job), cancellationToken);
        switch (task.Status)
        {
            case HunyuanTask.Completed:
                return StatusOutcome.Succeeded(task.Status);
            case HunyuanTask.Failed:
                var (reason, retryable) = HunyuanFailureCodes.Classify(task.ErrorCode);
                logger.LogWarning("Hunyuan task {VendorJobId} of generation {GenerationId} failed with {VendorCode}: {VendorMessage}",
                    task.Id, job.GenerationId, task.ErrorCode, task.ErrorMessage);
                return StatusOutcome.Failed(reason, retryable, task.ErrorCode,
                    $"Hunyuan task {task.Id} failed ({HunyuanFailureCodes.Describe(task.ErrorCode)}): {task.ErrorMessage}", task.Status);
            default:
                // in_progress, or a word the seed does not list: still running (the deadline bounds it).
                return StatusOutcome.Running(task.Status, Percent(task.Progress), _options.StatusInterval);
        }
    }

    public async Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var task = await client.GetTaskAsync(TaskId(job), cancellationToken);
        if (task.Status != HunyuanTask.Completed)
        {
            throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null,
                $"Hunyuan task {task.Id} is {task.Status}, not completed, when its results were collected.");
        }

        var assets = HunyuanAssets.From(task.Contents);
        var hasModel = assets.Any(x => x.Role is AssetRole.Model or AssetRole.Archive);
        return new CollectOutcome
        {
            Assets = assets,
            Usage = task.Usage,
            PartialNote = hasModel ? null : $"Hunyuan task {task.Id} completed without a model resource.",
        };
    }

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(CancelOutcome.NotStoppable("SeaArt has no cancel endpoint"));

    /// <summary>The vendor's progress is a 0–1 fraction; the workflow's is 0–100.</summary>
    public static int? Percent(double? progress) => progress switch
    {
        null => null,
        double value when double.IsNaN(value) => null,
        double value => (int)Math.Round(Math.Clamp(value, 0, 1) * 100, MidpointRounding.AwayFromZero),
    };

    static string TaskId(VendorJob job) =>
        job.VendorJobId ?? throw new InvalidOperationException($"Generation {job.GenerationId} has no Hunyuan task id.");

    static HunyuanGenerateParameters Resolve(VendorJob job)
    {
        var errors = new RequestValidationErrors();
        return HunyuanParametersResolver.TryResolve(job.Request, errors, out var parameters)
            ? parameters
            : throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, $"The request breaks Hunyuan's rules: {errors}");
    }
}
