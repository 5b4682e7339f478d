using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.VendorRules.Tests.Rodin;

/// <summary>Rules that depend on the tier and mesh mode (tested through <c>RodinRequestRules</c>).</summary>
public sealed class RodinTierRulesTests
{
    static readonly RuleAssert RuleAssert = new(new RodinRequestRules());

    [Fact]
    public void Sketch_to_3d_runs_on_the_sketch_tier()
    {
        RuleAssert.Valid(RodinRequests.Images(TaskKind.SketchTo3d, 1, """{"tier":"Sketch"}"""));
        RuleAssert.Invalid(RodinRequests.Images(TaskKind.SketchTo3d, 1, """{"tier":"Gen-2"}"""), "vendorOptions.tier");
    }

    [Theory]
    [InlineData("textureDelight", "true")]
    [InlineData("textureMode", "\"high\"")]
    [InlineData("geometryInstructMode", "\"faithful\"")]
    [InlineData("isMicro", "false")]
    [InlineData("imageLabels", "[\"F\"]")]
    public void Gen_25_options_are_rejected_on_other_tiers(string key, string value)
    {
        RuleAssert.Valid(RodinRequests.Image($$"""{"tier":"Gen-2.5-Extreme-High","{{key}}":{{value}}}"""));
        RuleAssert.Invalid(RodinRequests.Image($$"""{"tier":"Gen-2","{{key}}":{{value}}}"""), $"vendorOptions.{key}");
        RuleAssert.Invalid(RodinRequests.Image($$"""{"{{key}}":{{value}}}"""), $"vendorOptions.{key}");
    }

    [Fact]
    public void Hd_texture_is_not_on_gen_1()
    {
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2","hdTexture":true}"""));
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2.5-Low","hdTexture":true}"""));
        RuleAssert.Invalid(RodinRequests.Image("""{"tier":"Detail","hdTexture":true}"""), "vendorOptions.hdTexture");
    }

    [Theory]
    [InlineData("""{"conditionMode":"concat"}""", "vendorOptions.conditionMode")]
    [InlineData("""{"meshSimplify":true,"meshMode":"Raw"}""", "vendorOptions.meshSimplify")]
    [InlineData("""{"meshSmooth":true}""", "vendorOptions.meshSmooth")]
    public void Gen_1_options_are_rejected_on_later_tiers(string json, string field)
    {
        RuleAssert.Valid(RodinRequests.MultiView(2, json));
        RuleAssert.Invalid(RodinRequests.MultiView(2, json.Replace("{", """{"tier":"Gen-2",""", StringComparison.Ordinal)), field);
        RuleAssert.Invalid(RodinRequests.MultiView(2, json.Replace("{", """{"tier":"Gen-2.5-Low",""", StringComparison.Ordinal)), field);
    }

    [Fact]
    public void Mesh_simplify_needs_the_raw_mesh_mode()
    {
        RuleAssert.Valid(RodinRequests.Image(options: new GenerationOptions { Topology = Topology.Triangle }, vendorOptions: """{"meshSimplify":false}"""));
        RuleAssert.Invalid(RodinRequests.Image("""{"meshSimplify":false}"""), "vendorOptions.meshSimplify");
    }

    [Fact]
    public void Mesh_smooth_needs_the_quad_mesh_mode()
    {
        RuleAssert.Valid(RodinRequests.Image("""{"meshSmooth":true}"""));
        RuleAssert.Invalid(RodinRequests.Image("""{"meshSmooth":true,"meshMode":"Raw"}"""), "vendorOptions.meshSmooth");
    }

    [Fact]
    public void Condition_mode_needs_several_images() =>
        RuleAssert.Invalid(RodinRequests.Image("""{"conditionMode":"fuse"}"""), "vendorOptions.conditionMode");

    [Fact]
    public void Micro_mode_is_only_on_gen_25_extreme_high()
    {
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2.5-Extreme-High","isMicro":true}"""));
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2.5-High","isMicro":false}"""));
        RuleAssert.Invalid(RodinRequests.Image("""{"tier":"Gen-2.5-High","isMicro":true}"""), "vendorOptions.isMicro");
    }

    [Theory]
    [InlineData("Gen-2.5-Medium", true)]
    [InlineData("Gen-2.5-High", true)]
    [InlineData("Gen-2.5-Extreme-High", true)]
    [InlineData("Gen-2.5-Low", false)]
    [InlineData("Gen-2.5-Extreme-Low", false)]
    public void Creative_geometry_is_only_on_the_upper_gen_25_tiers(string tier, bool allowed)
    {
        var request = RodinRequests.Image($$"""{"tier":"{{tier}}","geometryInstructMode":"creative"}""");
        if (allowed)
        {
            RuleAssert.Valid(request);
        }
        else
        {
            RuleAssert.Invalid(request, "vendorOptions.geometryInstructMode");
        }
    }

    [Fact]
    public void Material_none_is_not_on_gen_25()
    {
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2","material":"None"}"""));
        RuleAssert.Invalid(RodinRequests.Image("""{"tier":"Gen-2.5-Low","material":"None"}"""), "vendorOptions.material");
        RuleAssert.Invalid(
            RodinRequests.Image("""{"tier":"Gen-2.5-Low"}""", new GenerationOptions { Texture = TextureMode.None }),
            "options.texture");
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2.5-Low","material":"PBR"}""", new GenerationOptions { Texture = TextureMode.None }));
    }

    [Fact]
    public void Image_labels_are_one_per_image()
    {
        RuleAssert.Valid(RodinRequests.MultiView(3, """{"tier":"Gen-2.5-Low","imageLabels":["F","L","B"]}"""));
        RuleAssert.Invalid(RodinRequests.MultiView(3, """{"tier":"Gen-2.5-Low","imageLabels":["F","L"]}"""), "vendorOptions.imageLabels");
    }

    [Fact]
    public void A_geometry_format_must_agree_with_the_output_formats()
    {
        var options = new GenerationOptions { OutputFormats = [AssetFormat.Fbx] };
        RuleAssert.Valid(RodinRequests.Text("""{"geometryFileFormat":"fbx"}""", options));
        RuleAssert.Invalid(RodinRequests.Text("""{"geometryFileFormat":"glb"}""", options), "vendorOptions.geometryFileFormat");
    }

    [Fact]
    public void The_sketch_tier_delivers_glb_only()
    {
        RuleAssert.Valid(RodinRequests.Text("""{"tier":"Sketch"}""", new GenerationOptions { OutputFormats = [AssetFormat.Glb] }));
        RuleAssert.Invalid(RodinRequests.Text("""{"tier":"Sketch"}""", new GenerationOptions { OutputFormats = [AssetFormat.Fbx] }), "options.outputFormats");
        RuleAssert.Invalid(RodinRequests.Text("""{"tier":"Sketch","geometryFileFormat":"stl"}"""), "vendorOptions.geometryFileFormat");
        RuleAssert.Invalid(
            RodinRequests.Images(TaskKind.SketchTo3d, 1, options: new GenerationOptions { OutputFormats = [AssetFormat.Obj] }),
            "options.outputFormats");
    }

    [Fact]
    public void Unknown_tier_skips_the_tier_rules() =>
        RuleAssert.Invalid(RodinRequests.Image("""{"tier":"Gen-9","isMicro":true,"meshSmooth":true}"""), "vendorOptions.tier");
}
