using GenerationGateway.VendorSim.Rodin.Tasks;
using V = GenerationGateway.VendorSim.Rodin.Generate.RodinParameterValues;

namespace GenerationGateway.VendorSim.Rodin.Generate;

/// <summary>
/// The files a request produces: one model per material (<c>All</c> gives PBR and Shaded) named
/// <c>base_basic_{pbr|shaded|mesh}.{ext}</c>, then <c>preview.webp</c>. <c>stl</c> and <c>obj</c> are served as
/// STL/OBJ text; <c>fbx</c> and <c>usdz</c> are served as GLB (named <c>.glb</c>): a documented simplification.
/// </summary>
public static class RodinOutputPlan
{
    public const string PreviewName = "preview.webp";

    public static IReadOnlyList<RodinOutputFile> For(RodinGenerateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string[] materials = request.Material switch
        {
            V.All => ["pbr", "shaded"],
            V.Shaded => ["shaded"],
            V.NoMaterial => ["mesh"],
            _ => ["pbr"],
        };

        var models = materials.Select(material => request.GeometryFileFormat switch
        {
            "stl" => new RodinOutputFile($"base_basic_{material}.stl", RodinOutputKind.Stl, NeedsAllJobsDone: true),
            "obj" => new RodinOutputFile($"base_basic_{material}.obj", RodinOutputKind.Obj, NeedsAllJobsDone: true),
            _ => new RodinOutputFile($"base_basic_{material}.glb", GlbKind(material), NeedsAllJobsDone: true),
        });

        return [.. models, new RodinOutputFile(PreviewName, RodinOutputKind.PreviewWebP, NeedsAllJobsDone: false)];
    }

    private static RodinOutputKind GlbKind(string material) => material switch
    {
        "shaded" => RodinOutputKind.GlbShaded,
        "mesh" => RodinOutputKind.GlbUntextured,
        _ => RodinOutputKind.GlbPbr,
    };
}
