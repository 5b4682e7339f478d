namespace GenerationGateway.VendorSim.SeaArt.Tasks;

/// <summary>A created <c>tencent_hunyuan_3d_pro</c> task: its ids, its timeline, its script and what it produces.</summary>
public sealed class SeaArtTask
{
    public const string ModelGlb = "model.glb";
    public const string ModelZip = "model.zip";
    public const string PreviewPng = "preview.png";

    /// <summary>20 lowercase alphanumerics, like <c>d7erdule878c738sr94g</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The upstream (Tencent) job id, reused by every resource of the task.</summary>
    public required string JobId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string GenerateType { get; init; }

    public required SeaArtTaskScript Script { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    /// <summary>The upstream credits the task consumes (passed through as <c>usage.extra_info.ResultCreditConsumed</c>).</summary>
    public required int Credits { get; init; }

    /// <summary>Geometry makes a GLB only; the other types a GLB and an OBJ (served as a zip), each with the preview.</summary>
    public IReadOnlyList<string> ModelFiles => GenerateType == "Geometry" ? [ModelGlb] : [ModelGlb, ModelZip];

    public bool HasFile(string name) => name == PreviewPng || ModelFiles.Contains(name);

    public SeaArtTaskState StateAt(DateTimeOffset now, TimeSpan inQueue, TimeSpan generating)
    {
        var elapsed = now - CreatedAt;
        if (elapsed < inQueue)
        {
            return new SeaArtTaskState(SeaArtTaskState.InProgress, 0);
        }

        if (Script == SeaArtTaskScript.Stalls || elapsed < inQueue + generating)
        {
            var fraction = generating <= TimeSpan.Zero ? 0.99 : (elapsed - inQueue) / generating;
            return new SeaArtTaskState(SeaArtTaskState.InProgress, Math.Round(Math.Min(0.99, fraction), 2));
        }

        return Script == SeaArtTaskScript.Fails
            ? new SeaArtTaskState(SeaArtTaskState.Failed, null)
            : new SeaArtTaskState(SeaArtTaskState.Completed, null);
    }
}
