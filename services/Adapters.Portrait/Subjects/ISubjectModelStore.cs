namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>
/// Each subject's model at the portrait vendor, by tenant and subject reference: trained once, reused for every
/// later style. A claim lets one generation train while others for the same subject wait for its model.
/// </summary>
public interface ISubjectModelStore
{
    Task<SubjectModel?> FindAsync(SubjectKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the right to train the subject for <paramref name="generationId"/>: succeeds when nothing is known,
    /// the last training failed, the claim is already this generation's, or another's claim is older than
    /// <paramref name="staleBefore"/>. Fails while a model is training or trained, or another generation holds a fresh claim.
    /// </summary>
    Task<bool> TryClaimAsync(SubjectKey key, Guid generationId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken);

    /// <summary>Records the training the vendor just started (right after the paid call, so it is never started twice).</summary>
    Task RecordTrainingAsync(SubjectKey key, Guid generationId, string trainingTaskId, string userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the model trained, if <paramref name="trainingTaskId"/> is still the subject's training.</summary>
    Task MarkTrainedAsync(SubjectKey key, string trainingTaskId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the training failed, if <paramref name="trainingTaskId"/> is still the subject's training.</summary>
    Task MarkFailedAsync(SubjectKey key, string trainingTaskId, DateTimeOffset now, CancellationToken cancellationToken);
}
