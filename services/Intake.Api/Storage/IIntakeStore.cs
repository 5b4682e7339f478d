namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// Intake's durable memory of the generations it took in, written before anything is published. A stored generation
/// holds one of its tenant's in-flight slots until it ends (<see cref="MarkEndedAsync"/>) or its publish fails
/// (<see cref="ReleaseAsync"/>); taking a slot and storing the record are one atomic step per tenant, on every replica.
/// </summary>
public interface IIntakeStore
{
    /// <summary>
    /// Stores <paramref name="record"/> unpublished if the tenant is below <paramref name="limits"/>, otherwise refuses
    /// and stores nothing. When its tenant already used its idempotency key, nothing new is stored and the earlier
    /// record is returned instead (compare the generation ids); an earlier record with the same body whose publish
    /// failed takes a slot again (or is refused).
    /// </summary>
    Task<IntakeAdmission> AdmitAsync(IntakeRecord record, InFlightLimits limits, CancellationToken cancellationToken);

    Task MarkPublishedAsync(Guid generationId, CancellationToken cancellationToken);

    /// <summary>The publish of a stored generation failed: it gives its slot back until a retry publishes it.</summary>
    Task ReleaseAsync(Guid generationId, CancellationToken cancellationToken);

    /// <summary>
    /// The generation completed, failed or was cancelled: its slot is free and <see cref="IntakeRecord.EndStatus"/> says how it
    /// ended. The first end recorded stays; repeats change nothing; unknown ids are ignored.
    /// </summary>
    Task MarkEndedAsync(Guid generationId, TerminalStatus status, CancellationToken cancellationToken);

    Task<IntakeRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken);

    Task<InFlightCount> CountInFlightAsync(string tenantId, CancellationToken cancellationToken);
}
