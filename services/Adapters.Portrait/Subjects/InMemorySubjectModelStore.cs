namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>The subject store in process memory: only for the embedded Standalone host.</summary>
public sealed class InMemorySubjectModelStore : ISubjectModelStore
{
    readonly Lock _gate = new();
    readonly Dictionary<SubjectKey, SubjectModel> _models = [];

    public Task<SubjectModel?> FindAsync(SubjectKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_models.GetValueOrDefault(key));
        }
    }

    public Task<bool> TryClaimAsync(SubjectKey key, Guid generationId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var claimable = !_models.TryGetValue(key, out var model)
                || model.Status == SubjectModelStatus.Failed
                || (model.Status == SubjectModelStatus.Claimed && (model.GenerationId == generationId || model.UpdatedAt < staleBefore));
            if (claimable)
            {
                _models[key] = new SubjectModel { Key = key, Status = SubjectModelStatus.Claimed, GenerationId = generationId, UpdatedAt = now };
            }

            return Task.FromResult(claimable);
        }
    }

    public Task RecordTrainingAsync(SubjectKey key, Guid generationId, string trainingTaskId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _models[key] = new SubjectModel
            {
                Key = key,
                Status = SubjectModelStatus.Training,
                GenerationId = generationId,
                TrainingTaskId = trainingTaskId,
                UserId = userId,
                UpdatedAt = now,
            };
        }

        return Task.CompletedTask;
    }

    public Task MarkTrainedAsync(SubjectKey key, string trainingTaskId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Mark(key, trainingTaskId, SubjectModelStatus.Trained, now);

    public Task MarkFailedAsync(SubjectKey key, string trainingTaskId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Mark(key, trainingTaskId, SubjectModelStatus.Failed, now);

    Task Mark(SubjectKey key, string trainingTaskId, SubjectModelStatus status, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_models.TryGetValue(key, out var model) && model.TrainingTaskId == trainingTaskId)
            {
                _models[key] = model with { Status = status, UpdatedAt = now };
            }
        }

        return Task.CompletedTask;
    }
}
