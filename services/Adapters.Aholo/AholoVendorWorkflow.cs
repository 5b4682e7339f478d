using GenerationGateway.Adapters.Aholo.Uploads;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// Kujiale Aholo in the generation workflow: prepare uploads every input to the vendor's upload host (a round at a
/// time, progress in the memo), submit creates the reconstruction or generation project, check polls the task list,
/// collect lists the splat files. Aholo can neither be searched for a project by anything but its id nor cancel one.
/// The status poller checks many projects in one <c>task/list/by-ids</c> call (<see cref="CheckManyAsync"/>).
/// </summary>
public sealed class AholoVendorWorkflow(
    IAholoClient client, AholoInputUploads uploads, IOptions<AholoOptions> options, ILogger<AholoVendorWorkflow> logger) : IVendorWorkflow, IVendorStatusBatch
{
    public const string UploadSogState = "uploadSog";

    readonly AholoOptions _options = options.Value;

    public string Vendor => AholoRequestRules.Key;

    public async Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var parameters = Resolve(job);
        return await uploads.RunRoundAsync(job.GenerationId, parameters.Inputs, job.State, cancellationToken);
    }

    public async Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var parameters = Resolve(job);
        var resources = AholoPreparation.Read(job.State, parameters.Inputs.Count).Uploaded(parameters.Inputs);
        var projectId = await client.CreateAsync(parameters, resources, cancellationToken);
        logger.LogInformation(
            "Aholo accepted generation {GenerationId} as project {VendorJobId} ({AholoFlow}, {ResourceCount} resources)",
            job.GenerationId, projectId, parameters.Flow, resources.Count);

        var state = new Dictionary<string, string>(job.State, StringComparer.Ordinal)
        {
            [UploadSogState] = parameters.UploadSog == true ? "true" : "false",
        };
        return new SubmitOutcome { VendorJobId = projectId, State = state, FirstCheckAfter = _options.StatusInterval };
    }

    /// <summary>
    /// Not supported: <c>task/list/by-ids</c> finds projects only by the id the create call answered, and the seed's
    /// API has no list by name, so a project created by a crashed submit cannot be found again.
    /// </summary>
    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public async Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken)
    {
        var projectId = ProjectId(job);
        if (await FindTaskAsync(projectId, cancellationToken) is { } task)
        {
            return AholoStatusMapping.Map(task.Status, task.Progress, task.ErrorCode, task.ErrorMessage, _options.StatusInterval);
        }

        // Not listed: the project may be too new to list, or gone. Its info tells which.
        var info = await client.GetProjectInfoAsync(projectId, cancellationToken);
        if (info is null)
        {
            return StatusOutcome.Failed(FailureReason.VendorJobLost, retryable: true, "2004", $"Aholo knows no project {projectId}.");
        }

        return info.Status is { } status
            ? AholoStatusMapping.Map(status, null, null, null, _options.StatusInterval)
            : StatusOutcome.Running("not listed yet", retryAfter: _options.StatusInterval);
    }

    /// <summary>Projects one <c>task/list/by-ids</c> asks about (<c>Vendors:Aholo:StatusBatchSize</c>).</summary>
    public int MaxBatchSize => _options.StatusBatchSize;

    /// <summary>
    /// One <c>task/list/by-ids</c> for every project of <paramref name="jobs"/>; a project the list leaves out (too new to list,
    /// or gone) is left out of the answer, and the poller checks it on its own (<see cref="CheckAsync"/> asks <c>project/info</c>).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, StatusOutcome>> CheckManyAsync(IReadOnlyList<VendorJob> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var byProject = jobs.GroupBy(ProjectId, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var tasks = await client.ListTasksAsync([.. byProject.Keys], cancellationToken);
        var answers = new Dictionary<Guid, StatusOutcome>();
        foreach (var task in tasks)
        {
            if (byProject.TryGetValue(task.ProjectId, out var listed))
            {
                var outcome = AholoStatusMapping.Map(task.Status, task.Progress, task.ErrorCode, task.ErrorMessage, _options.StatusInterval);
                listed.ForEach(job => answers[job.GenerationId] = outcome);
            }
        }

        return answers;
    }

    public async Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken)
    {
        var projectId = ProjectId(job);
        var result = (await FindTaskAsync(projectId, cancellationToken))?.Result;
        if (result is null or { IsEmpty: true })
        {
            result = (await client.GetProjectInfoAsync(projectId, cancellationToken))?.Result;
        }

        if (result is null or { IsEmpty: true })
        {
            throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null, $"Aholo lists no result files for project {projectId} yet.");
        }

        var missing = new List<string>();
        if (result.Ply is null)
        {
            missing.Add("PLY");
        }

        if (result.Sog is null && job.State.TryGetValue(UploadSogState, out var sog) && sog == "true")
        {
            missing.Add("SOG (uploadSog was set)");
        }

        return new CollectOutcome
        {
            Assets = AholoAssets.From(projectId, result),
            PartialNote = missing.Count == 0 ? null : $"Aholo delivered no {string.Join(" and no ", missing)} for project {projectId}.",
        };
    }

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(CancelOutcome.NotStoppable("Aholo has no cancel endpoint: the project runs on at the vendor."));

    async Task<AholoTask?> FindTaskAsync(string projectId, CancellationToken cancellationToken)
    {
        var tasks = await client.ListTasksAsync([projectId], cancellationToken);
        return tasks.FirstOrDefault(task => task.ProjectId == projectId)
            ?? (tasks.Count == 1 && tasks[0].ProjectId.Length == 0 ? tasks[0] : null);
    }

    static string ProjectId(VendorJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.VendorJobId ?? throw new InvalidOperationException($"Generation {job.GenerationId} has no Aholo project id.");
    }

    static AholoTaskParameters Resolve(VendorJob job)
    {
        var errors = new RequestValidationErrors();
        return AholoTaskParametersResolver.TryResolve(job.Request, errors, out var parameters)
            ? parameters
            : throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, $"The request breaks Aholo's rules: {errors}");
    }
}
