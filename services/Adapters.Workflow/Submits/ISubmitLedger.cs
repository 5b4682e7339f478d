using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>
/// Remembers paid submits: the intent before the vendor is called and the vendor's job id right after,
/// so a redelivered or re-run submit never becomes a second vendor job.
/// </summary>
public interface ISubmitLedger
{
    Task<SubmitRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken);

    /// <summary>Records that the vendor is about to be called. Must be durable before the call starts.</summary>
    Task RecordIntentAsync(Guid generationId, string vendor, CancellationToken cancellationToken);

    /// <summary>Records the vendor's answer: the job exists.</summary>
    Task RecordAcceptedAsync(Guid generationId, SubmitOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Forgets an intent the vendor certainly did not act on (it refused or throttled the call).</summary>
    Task ClearIntentAsync(Guid generationId, CancellationToken cancellationToken);
}
