namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>
/// Optional for a vendor plug-in whose API answers the status of many jobs in one call (Aholo's <c>task/list/by-ids</c>):
/// the status poller then checks up to <see cref="MaxBatchSize"/> jobs per call instead of one call per job.
/// </summary>
public interface IVendorStatusBatch
{
    /// <summary>Most jobs one call may ask about.</summary>
    int MaxBatchSize { get; }

    /// <summary>
    /// Checks the jobs in one vendor round. A job missing from the answer is checked on its own
    /// (<see cref="IVendorWorkflow.CheckAsync"/>). Throws like <see cref="IVendorWorkflow.CheckAsync"/>, for every job of the batch.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, StatusOutcome>> CheckManyAsync(IReadOnlyList<VendorJob> jobs, CancellationToken cancellationToken);
}
