namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>
/// Admission control in front of a vendor account: at most <see cref="CapacityPolicy.MaxConcurrentJobs"/> generations hold a
/// slot (submitted and not finished) whichever replica asks; the others wait in the vendor's queue and are granted slots as
/// they free, fairly across tenants (<see cref="FairShare"/>). Slots are keyed by generation, never by process: a redelivered
/// submit finds its own slot, and a replica that dies holds nothing of its own.
/// </summary>
public interface IVendorAdmission
{
    /// <summary>
    /// Takes a slot for the ticket's generation, or keeps it queued (idempotent: a generation that holds a slot gets it again).
    /// Other generations granted on the way (slots that were free) are in <see cref="AdmissionDecision.Granted"/>: tell them.
    /// </summary>
    Task<AdmissionDecision> AcquireAsync(AdmissionTicket ticket, CapacityPolicy policy, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the generation's slot (or queue place) back and grants freed slots fairly; returns the generations granted. With
    /// <paramref name="transaction"/> (the ending saga's, on the same database) the release commits or rolls back with it.
    /// </summary>
    Task<IReadOnlyList<Guid>> ReleaseAsync(
        string vendor, Guid generationId, CapacityPolicy policy, Npgsql.NpgsqlTransaction? transaction, CancellationToken cancellationToken);
}
