using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>Which create call a request becomes: <c>create-3d-recon</c> or <c>create-3d-gen</c>.</summary>
public enum AholoFlow
{
    Reconstruction,
    Generation,
}

/// <summary>How task kinds map onto Aholo's two create calls and its scenes.</summary>
public static class AholoFlows
{
    public static AholoFlow Of(TaskKind kind) => kind switch
    {
        TaskKind.SceneReconstruction or TaskKind.ObjectReconstruction => AholoFlow.Reconstruction,
        TaskKind.TextTo3d or TaskKind.ImageTo3d => AholoFlow.Generation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Aholo does not do this kind."),
    };

    /// <summary>The reconstruction <c>scene</c>: <c>space</c> for scenes, <c>model</c> for objects; null for generation.</summary>
    public static string? SceneOf(TaskKind kind) => kind switch
    {
        TaskKind.SceneReconstruction => AholoValues.SceneSpace,
        TaskKind.ObjectReconstruction => AholoValues.SceneModel,
        _ => null,
    };
}
