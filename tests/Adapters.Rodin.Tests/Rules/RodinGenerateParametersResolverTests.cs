using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Adapters.Rodin.Tests.Rules;

public sealed class RodinGenerateParametersResolverTests
{
    static RodinGenerateParameters Resolve(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        Assert.True(RodinGenerateParametersResolver.TryResolve(request, errors, out var parameters), errors.ToString());
        return parameters;
    }

    static KeyValuePair<string, string>[] Fields(GenerationRequested request) => [.. Resolve(request).ToFormFields()];

    static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    [Fact]
    public void A_plain_text_request_sends_the_default_tier_and_the_prompt() =>
        Assert.Equal([Field("tier", "Regular"), Field("prompt", "a wooden chair")], Fields(RodinRequests.Text()));

    [Fact]
    public void An_image_request_sends_no_prompt_and_keeps_the_images_in_order()
    {
        var request = RodinRequests.MultiView(3);

        var parameters = Resolve(request);

        Assert.Null(parameters.Prompt);
        Assert.Equal(request.Inputs.Images, parameters.Images);
        Assert.Equal([Field("tier", "Regular")], parameters.ToFormFields());
    }

    [Fact]
    public void Maps_the_normalized_options()
    {
        var request = RodinRequests.Text(options: new GenerationOptions
        {
            Quality = Quality.High,
            TargetFaceCount = 8_000,
            OutputFormats = [AssetFormat.Webp, AssetFormat.Fbx],
            Texture = TextureMode.Shaded,
            Topology = Topology.Quad,
        });

        Assert.Equal(
            [
                Field("tier", "Regular"), Field("prompt", "a wooden chair"), Field("geometry_file_format", "fbx"),
                Field("material", "Shaded"), Field("quality", "high"), Field("quality_override", "8000"), Field("mesh_mode", "Quad"),
            ],
            Fields(request));
    }

    [Theory]
    [InlineData(Quality.Low, "low")]
    [InlineData(Quality.Medium, "medium")]
    [InlineData(Quality.High, "high")]
    public void Maps_quality(Quality quality, string expected) =>
        Assert.Equal(expected, Resolve(RodinRequests.Text(options: new GenerationOptions { Quality = quality })).Options.Quality);

    [Theory]
    [InlineData(TextureMode.None, "None")]
    [InlineData(TextureMode.Shaded, "Shaded")]
    [InlineData(TextureMode.Pbr, "PBR")]
    public void Maps_texture_to_material(TextureMode texture, string expected) =>
        Assert.Equal(expected, Resolve(RodinRequests.Text(options: new GenerationOptions { Texture = texture })).Options.Material);

    [Theory]
    [InlineData(Topology.Triangle, "Raw")]
    [InlineData(Topology.Quad, "Quad")]
    public void Maps_topology_to_mesh_mode(Topology topology, string expected) =>
        Assert.Equal(expected, Resolve(RodinRequests.Text(options: new GenerationOptions { Topology = topology })).Options.MeshMode);

    [Theory]
    [InlineData(AssetFormat.Glb, "glb")]
    [InlineData(AssetFormat.Usdz, "usdz")]
    [InlineData(AssetFormat.Obj, "obj")]
    [InlineData(AssetFormat.Stl, "stl")]
    public void Maps_the_model_format(AssetFormat format, string expected) =>
        Assert.Equal(expected, Resolve(RodinRequests.Text(options: new GenerationOptions { OutputFormats = [format] })).Options.GeometryFileFormat);

    [Fact]
    public void Sends_no_format_when_only_the_preview_is_asked_for() =>
        Assert.Null(Resolve(RodinRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Webp] })).Options.GeometryFileFormat);

    [Fact]
    public void Vendor_options_override_the_normalized_options()
    {
        var parameters = Resolve(RodinRequests.Text(
            """{"tier":"Gen-2","quality":"extra-low","qualityOverride":20000,"material":"All","meshMode":"Raw"}""",
            new GenerationOptions { Quality = Quality.High, TargetFaceCount = 10_000, Texture = TextureMode.Pbr, Topology = Topology.Quad }));

        Assert.Equal(("Gen-2", "extra-low", 20_000, "All", "Raw"),
            (parameters.Tier, parameters.Options.Quality, parameters.Options.QualityOverride, parameters.Options.Material, parameters.Options.MeshMode));
    }

    [Fact]
    public void The_sketch_tier_forces_glb_pbr_and_medium()
    {
        var fields = Fields(RodinRequests.Images(TaskKind.SketchTo3d, 1, """{"material":"Shaded","quality":"high"}""",
            new GenerationOptions { Quality = Quality.Low }));

        Assert.Equal(
            [Field("tier", "Sketch"), Field("geometry_file_format", "glb"), Field("material", "PBR"), Field("quality", "medium")],
            fields);
    }

    [Fact]
    public void Raw_on_gen_1_forces_medium_and_no_addons()
    {
        var parameters = Resolve(RodinRequests.Image("""{"tier":"Detail","quality":"high","addons":["HighPack"]}""",
            new GenerationOptions { Topology = Topology.Triangle }));

        Assert.Equal("medium", parameters.Options.Quality);
        Assert.Empty(parameters.Options.Addons ?? []);
    }

    [Fact]
    public void Quad_on_gen_1_keeps_quality_and_addons()
    {
        var parameters = Resolve(RodinRequests.Image("""{"tier":"Detail","quality":"high","addons":["HighPack"]}"""));

        Assert.Equal("high", parameters.Options.Quality);
        Assert.Equal(["HighPack"], parameters.Options.Addons);
    }

    [Fact]
    public void Raw_on_gen_2_keeps_quality_and_addons()
    {
        var parameters = Resolve(RodinRequests.Image("""{"tier":"Gen-2","meshMode":"Raw","quality":"high","addons":["HighPack"]}"""));

        Assert.Equal("high", parameters.Options.Quality);
        Assert.Equal(["HighPack"], parameters.Options.Addons);
    }

    [Fact]
    public void Gen_25_always_says_its_geometry_mode()
    {
        Assert.Equal("faithful", Resolve(RodinRequests.Image("""{"tier":"Gen-2.5-Low"}""")).Options.GeometryInstructMode);
        Assert.Equal("creative", Resolve(RodinRequests.Image("""{"tier":"Gen-2.5-High","geometryInstructMode":"creative"}""")).Options.GeometryInstructMode);
        Assert.Null(Resolve(RodinRequests.Image("""{"tier":"Gen-2"}""")).Options.GeometryInstructMode);
    }

    [Fact]
    public void Encodes_every_vendor_option_as_rodin_form_fields()
    {
        var fields = Fields(RodinRequests.MultiView(2, """
            {"tier":"Gen-2.5-Extreme-High","seed":42,"geometryFileFormat":"usdz","material":"PBR","quality":"low",
             "qualityOverride":30000,"meshMode":"Raw","taPose":true,"bboxCondition":[100,200,300],"addons":["HighPack"],
             "previewRender":true,"useOriginalAlpha":false,"hdTexture":true,"textureDelight":true,"textureMode":"high",
             "geometryInstructMode":"creative","isMicro":false,"imageLabels":["F","B"]}
            """));

        Assert.Equal(
            [
                Field("tier", "Gen-2.5-Extreme-High"), Field("seed", "42"), Field("geometry_file_format", "usdz"),
                Field("material", "PBR"), Field("quality", "low"), Field("quality_override", "30000"), Field("mesh_mode", "Raw"),
                Field("TAPose", "true"), Field("bbox_condition", "[100,200,300]"), Field("addons", "HighPack"),
                Field("preview_render", "true"), Field("use_original_alpha", "false"), Field("hd_texture", "true"),
                Field("texture_delight", "true"), Field("texture_mode", "high"), Field("geometry_instruct_mode", "creative"),
                Field("is_micro", "false"), Field("image_label", "F"), Field("image_label", "B"),
            ],
            fields);
    }

    [Fact]
    public void Encodes_the_gen_1_options()
    {
        var fields = Fields(RodinRequests.MultiView(2, """{"tier":"Smooth","meshSmooth":true,"conditionMode":"fuse"}"""));

        Assert.Equal([Field("tier", "Smooth"), Field("mesh_smooth", "true"), Field("condition_mode", "fuse")], fields);
        Assert.Equal(
            [Field("tier", "Regular"), Field("quality", "medium"), Field("mesh_mode", "Raw"), Field("mesh_simplify", "false")],
            Fields(RodinRequests.Image("""{"meshMode":"Raw","meshSimplify":false}""")));
    }

    [Fact]
    public void Refuses_a_request_that_breaks_a_rule()
    {
        var errors = new RequestValidationErrors();

        var resolved = RodinGenerateParametersResolver.TryResolve(RodinRequests.Text("""{"seed":70000}"""), errors, out var parameters);

        Assert.False(resolved);
        Assert.Null(parameters);
        Assert.Equal(["vendorOptions.seed"], errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("""{"tier":"Regular"}""", 0.5)]
    [InlineData("""{"tier":"Gen-2.5-High"}""", 0.5)]
    [InlineData("""{"tier":"Gen-2.5-Extreme-High"}""", 1.0)]
    [InlineData("""{"tier":"Gen-2","addons":["HighPack"]}""", 1.5)]
    [InlineData("""{"tier":"Gen-2.5-Extreme-High","addons":["HighPack"]}""", 2.0)]
    public void Estimates_the_documented_price(string vendorOptions, double credits) =>
        Assert.Equal((decimal)credits, Resolve(RodinRequests.Image(vendorOptions)).EstimatedCredits);
}
