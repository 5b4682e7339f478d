using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>What a request settles on once vendor options override the normalized options (vendor defaults not yet applied).</summary>
public static class HunyuanChoices
{
    /// <summary>The vendor option, else Sketch for sketch-to-3d, Geometry for an untextured request, else Normal.</summary>
    public static string GenerateType(GenerationRequested request, HunyuanVendorOptions options) =>
        options.GenerateType ?? request.Kind switch
        {
            TaskKind.SketchTo3d => HunyuanValues.Sketch,
            _ when request.Options.Texture == TextureMode.None => HunyuanValues.Geometry,
            _ => HunyuanValues.Normal,
        };

    public static int? FaceCount(GenerationRequested request, HunyuanVendorOptions options) =>
        options.FaceCount ?? request.Options.TargetFaceCount;

    public static string? PolygonType(GenerationRequested request, HunyuanVendorOptions options) =>
        options.PolygonType ?? PolygonType(request.Options.Topology);

    public static bool? EnablePbr(GenerationRequested request, HunyuanVendorOptions options) =>
        options.EnablePbr ?? EnablePbr(request.Options.Texture);

    public static string? PolygonType(Topology? topology) => topology switch
    {
        Topology.Triangle => HunyuanValues.Triangle,
        Topology.Quad => HunyuanValues.Quadrilateral,
        _ => null,
    };

    public static bool? EnablePbr(TextureMode? texture) => texture switch
    {
        TextureMode.Pbr => true,
        TextureMode.Shaded => false,
        _ => null,
    };
}
