using System.Collections.Concurrent;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary><see cref="ScriptedVendor"/> with a status call that answers many jobs at once; it records the size of each batch.</summary>
public sealed class BatchingVendor(ScriptedVendor scripted) : IVendorWorkflow, IVendorStatusBatch
{
    public ConcurrentQueue<int> Batches { get; } = new();

    public int MaxBatchSize => 100;

    public string Vendor => scripted.Vendor;

    public Func<VendorJob, StatusOutcome?> Answer { get; set; } = _ => StatusOutcome.Running("RUNNING");

    public Task<IReadOnlyDictionary<Guid, StatusOutcome>> CheckManyAsync(IReadOnlyList<VendorJob> jobs, CancellationToken cancellationToken)
    {
        Batches.Enqueue(jobs.Count);
        var answers = new Dictionary<Guid, StatusOutcome>();
        foreach (var job in jobs)
        {
            if (Answer(job) is { } outcome)
            {
                answers[job.GenerationId] = outcome;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<Guid, StatusOutcome>>(answers);
    }

    public Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken) => scripted.PrepareAsync(job, cancellationToken);

    public Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken) => scripted.SubmitAsync(job, cancellationToken);

    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) => scripted.ReconcileSubmitAsync(job, cancellationToken);

    public Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken) => scripted.CheckAsync(job, cancellationToken);

    public Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken) => scripted.CollectAsync(job, cancellationToken);

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) => scripted.CancelAsync(job, cancellationToken);
}
