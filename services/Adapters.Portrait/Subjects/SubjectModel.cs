namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>What the gateway knows of one subject's model at the vendor.</summary>
public sealed record SubjectModel
{
    public required SubjectKey Key { get; init; }

    public required SubjectModelStatus Status { get; init; }

    /// <summary>The generation that claimed the training (or started it).</summary>
    public required Guid GenerationId { get; init; }

    public string? TrainingTaskId { get; init; }

    /// <summary>The vendor's <c>user_id</c> of the model (known from the moment the training is created).</summary>
    public string? UserId { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
