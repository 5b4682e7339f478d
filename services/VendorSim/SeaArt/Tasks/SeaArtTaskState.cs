namespace GenerationGateway.VendorSim.SeaArt.Tasks;

/// <summary>A task's status word at one moment and, while <c>in_progress</c>, its progress from 0 to 1.</summary>
public sealed record SeaArtTaskState(string Status, double? Progress)
{
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
