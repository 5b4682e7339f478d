namespace GenerationGateway.Intake.Api.Storage;

/// <summary>Intake's durable memory of the generations it took in, written before anything is published.</summary>
public interface IIntakeStore
{
    /// <summary>
    /// Stores <paramref name="record"/> unpublished. When its tenant already used its idempotency key,
    /// nothing is stored and the earlier record is returned instead (compare the generation ids).
    /// </summary>
    Task<IntakeRecord> AddOrGetAsync(IntakeRecord record, CancellationToken cancellationToken);

    Task MarkPublishedAsync(Guid generationId, CancellationToken cancellationToken);

    Task<IntakeRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken);
}
