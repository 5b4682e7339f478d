namespace GenerationGateway.VendorSim.SeaArt.Tasks;

/// <summary>How a task will play out, decided at create.</summary>
public enum SeaArtTaskScript
{
    /// <summary>in_progress (queued, then generating) → completed.</summary>
    Completes,

    /// <summary>in_progress → failed with the task's failure code when it would have completed.</summary>
    Fails,

    /// <summary>in_progress for ever.</summary>
    Stalls,
}
