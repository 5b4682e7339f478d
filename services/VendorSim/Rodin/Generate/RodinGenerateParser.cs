using V = GenerationGateway.VendorSim.Rodin.Generate.RodinParameterValues;

namespace GenerationGateway.VendorSim.Rodin.Generate;

/// <summary>Validates a <c>POST /rodin</c> form per docs/vendors/rodin.md §2 and applies the tier forcing of §4.7.</summary>
public static class RodinGenerateParser
{
    /// <summary>The request, or the INVALID_REQUEST message naming the first bad field.</summary>
    public static (RodinGenerateRequest? Request, string? Error) Parse(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var reader = new RodinFormReader(form);

        var images = form.Files.Where(f => f.Name == "images").ToList();
        if (form.Files.Any(f => f.Name != "images"))
        {
            reader.Fail("Only 'images' may carry files.");
        }

        if (images.Count > V.MaxImages)
        {
            reader.Fail($"images: at most {V.MaxImages} images are accepted (got {images.Count}).");
        }

        if (images.Any(i => i.Length == 0))
        {
            reader.Fail("images: an image part is empty.");
        }

        var prompt = reader.Text("prompt");
        if (images.Count == 0 && string.IsNullOrWhiteSpace(prompt))
        {
            reader.Fail("prompt is required for text-to-3D (no images attached).");
        }

        var tier = reader.Choice("tier", V.DefaultTier, V.Tiers);
        reader.Choice("condition_mode", "concat", V.ConditionModes);
        reader.Int("seed", 0, 65_535);
        var format = reader.Choice("geometry_file_format", V.Glb, V.GeometryFileFormats);
        var material = reader.Choice("material", V.Pbr, V.Materials);
        if (material == V.NoMaterial && V.IsGen25(tier))
        {
            reader.Fail("material None is not available on Gen-2.5 tiers.");
        }

        var quality = reader.Choice("quality", V.Medium, V.Qualities);
        var meshMode = reader.Choice("mesh_mode", V.IsGen25(tier) ? V.Raw : V.Quad, V.MeshModes);
        var (min, max) = V.QualityOverrideRange(tier, meshMode);
        reader.Int("quality_override", min, max);
        foreach (var field in V.BooleanFields)
        {
            reader.Bool(field);
        }

        if (reader.Bool("is_micro") == true && tier != V.Gen25ExtremeHigh)
        {
            reader.Fail($"is_micro is only available on {V.Gen25ExtremeHigh}.");
        }

        reader.BoundingBox("bbox_condition");
        var addons = reader.Many("addons", V.Addons);
        reader.Choice("texture_mode", "legacy", V.TextureModes);
        if (reader.Choice("geometry_instruct_mode", "faithful", V.GeometryInstructModes) == V.Creative && !V.Gen25UpperTiers.Contains(tier))
        {
            reader.Fail($"geometry_instruct_mode creative needs one of: {string.Join(", ", V.Gen25UpperTiers)}.");
        }

        var labels = reader.Many("image_label", V.ImageLabels);
        if (labels.Count > 0 && labels.Count != images.Count)
        {
            reader.Fail($"image_label needs one label per image ({images.Count} images, {labels.Count} labels).");
        }

        if (reader.Error is { } error)
        {
            return (null, error);
        }

        var request = new RodinGenerateRequest
        {
            Prompt = prompt,
            ImageCount = images.Count,
            Tier = tier,
            GeometryFileFormat = format,
            Material = material,
            Quality = quality,
            MeshMode = meshMode,
            Addons = [.. addons.Distinct()],
        };
        return (ApplyForcing(request), null);
    }

    private static RodinGenerateRequest ApplyForcing(RodinGenerateRequest request) => request switch
    {
        { Tier: V.Sketch } => request with { GeometryFileFormat = V.Glb, Material = V.Pbr, Quality = V.Medium },
        { MeshMode: V.Raw } when V.IsGen1(request.Tier) => request with { Quality = V.Medium, Addons = [] },
        _ => request,
    };
}
