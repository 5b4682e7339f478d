namespace GenerationGateway.Adapters.Portrait.Subjects;

public enum SubjectModelStatus
{
    /// <summary>A generation is uploading the photos and about to start the training.</summary>
    Claimed,

    /// <summary>The vendor is training the model (its training task id is known).</summary>
    Training,

    /// <summary>The model is trained: its user id generates any style.</summary>
    Trained,

    /// <summary>The last training failed: the next request with photos trains again.</summary>
    Failed,
}
