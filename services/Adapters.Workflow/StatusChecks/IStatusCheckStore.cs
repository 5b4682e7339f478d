using Npgsql;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>
/// The vendor jobs in processing, shared by every replica of an adapter: each replica's poller claims the due ones in
/// batches under a lease (a claimed entry is not due again before the lease ends, so a killed replica's entries are taken
/// over), checks them and reschedules them.
/// </summary>
public interface IStatusCheckStore
{
    /// <summary>
    /// Starts watching a job; an entry already there (a redelivered acceptance) is kept as it is. The workflow's writes
    /// (this, <see cref="CheckNowAsync"/>, <see cref="RemoveAsync"/>) go through <paramref name="transaction"/>, its saga's
    /// transaction, when it has one: they commit with the saga change.
    /// </summary>
    Task TrackAsync(StatusCheckEntry entry, NpgsqlTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> entries of <paramref name="vendor"/> due at <paramref name="now"/> for
    /// <paramref name="owner"/> until <paramref name="leaseUntil"/>. The entries answer with the due time they had.
    /// </summary>
    Task<IReadOnlyList<StatusCheckEntry>> ClaimDueAsync(string vendor, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Sets the next checks of entries <paramref name="owner"/> still holds (one taken over meanwhile is left alone).</summary>
    Task RescheduleAsync(string owner, IReadOnlyList<StatusCheckReschedule> checks, CancellationToken cancellationToken);

    /// <summary>Makes the job's next check due at <paramref name="now"/> (a vendor callback).</summary>
    Task CheckNowAsync(Guid generationId, DateTimeOffset now, NpgsqlTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Stops watching the job (the generation left processing); nothing happens when it is not watched.</summary>
    Task RemoveAsync(Guid generationId, NpgsqlTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>When the earliest entry of <paramref name="vendor"/> is due, or null when none is watched.</summary>
    Task<DateTimeOffset?> NextDueAsync(string vendor, CancellationToken cancellationToken);
}
