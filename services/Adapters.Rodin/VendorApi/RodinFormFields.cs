namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>Rodin's multipart field names for <c>POST /rodin</c> (docs/vendors/rodin.md §2).</summary>
public static class RodinFormFields
{
    public const string Images = "images";
    public const string Prompt = "prompt";
    public const string Tier = "tier";
    public const string Seed = "seed";
    public const string GeometryFileFormat = "geometry_file_format";
    public const string Material = "material";
    public const string Quality = "quality";
    public const string QualityOverride = "quality_override";
    public const string MeshMode = "mesh_mode";
    public const string MeshSimplify = "mesh_simplify";
    public const string MeshSmooth = "mesh_smooth";
    public const string TaPose = "TAPose";
    public const string BboxCondition = "bbox_condition";
    public const string Addons = "addons";
    public const string PreviewRender = "preview_render";
    public const string UseOriginalAlpha = "use_original_alpha";
    public const string HdTexture = "hd_texture";
    public const string TextureDelight = "texture_delight";
    public const string TextureMode = "texture_mode";
    public const string GeometryInstructMode = "geometry_instruct_mode";
    public const string IsMicro = "is_micro";
    public const string ConditionMode = "condition_mode";
    public const string ImageLabel = "image_label";
}
