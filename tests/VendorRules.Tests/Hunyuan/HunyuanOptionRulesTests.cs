using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.VendorRules.Tests.Hunyuan;

/// <summary>The option rules: allowed values, the face-count range, and what each generate type ignores.</summary>
public sealed class HunyuanOptionRulesTests
{
    static readonly RuleAssert RuleAssert = new(new HunyuanRequestRules());

    [Theory]
    [InlineData("normal")]
    [InlineData("Lowpoly")]
    [InlineData("Textured")]
    public void The_generate_type_is_one_of_the_four_spelled_exactly(string generateType)
    {
        RuleAssert.Invalid(HunyuanRequests.Text($$"""{"generateType":"{{generateType}}"}"""), "vendorOptions.generateType");
    }

    [Fact]
    public void The_polygon_type_is_triangle_or_quadrilateral()
    {
        RuleAssert.Valid(HunyuanRequests.Text("""{"generateType":"LowPoly","polygonType":"quadrilateral"}"""));
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"LowPoly","polygonType":"Triangle"}"""), "vendorOptions.polygonType");
    }

    [Theory]
    [InlineData(3_000)]
    [InlineData(500_000)]
    [InlineData(1_500_000)]
    public void A_face_count_from_3000_to_1500000_passes(int faces)
    {
        RuleAssert.Valid(HunyuanRequests.Text($$"""{"faceCount":{{faces}}}"""));
        RuleAssert.Valid(HunyuanRequests.Text(options: new GenerationOptions { TargetFaceCount = faces }));
    }

    [Theory]
    [InlineData(2_999)]
    [InlineData(1_500_001)]
    public void A_face_count_out_of_range_is_refused(int faces)
    {
        RuleAssert.Invalid(HunyuanRequests.Text($$"""{"faceCount":{{faces}}}"""), "vendorOptions.faceCount");
        RuleAssert.Invalid(HunyuanRequests.Text(options: new GenerationOptions { TargetFaceCount = faces }), "options.targetFaceCount");
    }

    [Fact]
    public void The_vendor_face_count_may_not_contradict_the_target_face_count()
    {
        RuleAssert.Valid(HunyuanRequests.Text("""{"faceCount":40000}""", new GenerationOptions { TargetFaceCount = 40_000 }));
        RuleAssert.Invalid(HunyuanRequests.Text("""{"faceCount":40000}""", new GenerationOptions { TargetFaceCount = 50_000 }), "vendorOptions.faceCount");
    }

    [Fact]
    public void LowPoly_ignores_the_face_count_so_it_is_refused()
    {
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"LowPoly","faceCount":40000}"""), "vendorOptions.faceCount");
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"LowPoly"}""", new GenerationOptions { TargetFaceCount = 40_000 }), "options.targetFaceCount");
    }

    [Theory]
    [InlineData("Normal")]
    [InlineData("Geometry")]
    public void The_polygon_type_is_for_LowPoly_only(string generateType)
    {
        RuleAssert.Invalid(HunyuanRequests.Text($$"""{"generateType":"{{generateType}}","polygonType":"triangle"}"""), "vendorOptions.polygonType");
        RuleAssert.Invalid(HunyuanRequests.Text($$"""{"generateType":"{{generateType}}"}""", new GenerationOptions { Topology = Topology.Quad }), "options.topology");
        RuleAssert.Valid(HunyuanRequests.Text("""{"generateType":"LowPoly"}""", new GenerationOptions { Topology = Topology.Quad }));
    }

    [Fact]
    public void The_polygon_type_may_not_contradict_the_topology()
    {
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"LowPoly","polygonType":"triangle"}""", new GenerationOptions { Topology = Topology.Quad }), "vendorOptions.polygonType");
    }

    [Fact]
    public void Geometry_ignores_pbr_so_asking_for_it_is_refused()
    {
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"Geometry","enablePbr":true}"""), "vendorOptions.enablePbr");
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"Geometry"}""", new GenerationOptions { Texture = TextureMode.Pbr }), "options.texture");
        RuleAssert.Valid(HunyuanRequests.Text("""{"generateType":"Geometry","enablePbr":false}"""));
    }

    [Fact]
    public void Only_Geometry_is_untextured()
    {
        RuleAssert.Valid(HunyuanRequests.Text(options: new GenerationOptions { Texture = TextureMode.None }));
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"Normal"}""", new GenerationOptions { Texture = TextureMode.None }), "options.texture");
    }

    [Fact]
    public void Enable_pbr_may_not_contradict_the_texture()
    {
        RuleAssert.Valid(HunyuanRequests.Text("""{"enablePbr":true}""", new GenerationOptions { Texture = TextureMode.Pbr }));
        RuleAssert.Invalid(HunyuanRequests.Text("""{"enablePbr":true}""", new GenerationOptions { Texture = TextureMode.Shaded }), "vendorOptions.enablePbr");
    }

    [Fact]
    public void Sketch_kind_and_Sketch_type_go_together()
    {
        RuleAssert.Invalid(HunyuanRequests.Sketch(url: HunyuanRequests.ImageUrl("512x512.png"), vendorOptions: """{"generateType":"Normal"}"""), "vendorOptions.generateType", "inputs");
        RuleAssert.Invalid(HunyuanRequests.Text("""{"generateType":"Sketch"}"""), "vendorOptions.generateType", "inputs.images");
    }

    [Fact]
    public void Refuses_normalized_options_Hunyuan_has_no_use_for()
    {
        RuleAssert.Invalid(HunyuanRequests.Text(options: new GenerationOptions { Quality = Quality.High }), "options.quality");
        RuleAssert.Invalid(HunyuanRequests.Text(options: new GenerationOptions { Style = "anime" }), "options.style");
        RuleAssert.Invalid(HunyuanRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Fbx] }), "options.outputFormats");
        RuleAssert.Valid(HunyuanRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Glb, AssetFormat.Obj, AssetFormat.Png] }));
    }

    [Fact]
    public void Refuses_a_kind_it_does_not_do()
    {
        RuleAssert.Invalid(HunyuanRequests.Create(TaskKind.SceneReconstruction, new GenerationInputs { Prompt = "a room" }), "kind");
    }
}
