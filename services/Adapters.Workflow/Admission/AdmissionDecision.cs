namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>What admission answered: a slot, or a place in the vendor's queue with an estimate of the wait.</summary>
public sealed record AdmissionDecision
{
    public required bool IsGranted { get; init; }

    /// <summary>When queued: 1 for the next job to be granted, by the fair share as it stands.</summary>
    public int Position { get; init; }

    /// <summary>When queued: how long until a slot is likely, from the position and the vendor's typical slot time.</summary>
    public TimeSpan? Estimate { get; init; }

    /// <summary>Other generations that were granted a slot by this call; each must be told.</summary>
    public IReadOnlyList<Guid> Granted { get; init; } = [];
}
