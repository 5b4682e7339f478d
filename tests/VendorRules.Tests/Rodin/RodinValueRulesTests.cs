using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.VendorRules.Tests.Rodin;

/// <summary>Rules on single values, whatever the tier (tested through <c>RodinRequestRules</c>).</summary>
public sealed class RodinValueRulesTests
{
    static readonly RuleAssert RuleAssert = new(new RodinRequestRules());

    [Theory]
    [InlineData("Regular", "tier", "Gen-3")]
    [InlineData("Regular", "tier", "regular")]
    [InlineData("Regular", "geometryFileFormat", "ply")]
    [InlineData("Regular", "material", "pbr")]
    [InlineData("Regular", "quality", "ultra")]
    [InlineData("Regular", "meshMode", "Triangle")]
    [InlineData("Gen-2.5-Medium", "textureMode", "ultra")]
    [InlineData("Gen-2.5-Medium", "geometryInstructMode", "wild")]
    [InlineData("Regular", "conditionMode", "merge")]
    public void Rejects_a_value_rodin_does_not_know(string tier, string key, string value) =>
        RuleAssert.Invalid(
            RodinRequests.MultiView(2, key == "tier" ? $$"""{"tier":"{{value}}"}""" : $$"""{"tier":"{{tier}}","{{key}}":"{{value}}"}"""),
            $"vendorOptions.{key}");

    [Theory]
    [InlineData("""{"tier":"Detail","geometryFileFormat":"usdz","material":"All","quality":"extra-low","meshMode":"Quad"}""")]
    [InlineData("""{"tier":"Gen-2.5-Medium","textureMode":"legacy","geometryInstructMode":"creative"}""")]
    [InlineData("""{"tier":"Smooth","conditionMode":"fuse"}""")]
    public void Accepts_values_rodin_knows(string json) => RuleAssert.Valid(RodinRequests.MultiView(2, json));

    [Theory]
    [InlineData(0)]
    [InlineData(65535)]
    public void Accepts_a_seed_from_0_to_65535(int seed) => RuleAssert.Valid(RodinRequests.Text($$"""{"seed":{{seed}}}"""));

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Rejects_a_seed_outside_0_to_65535(int seed) =>
        RuleAssert.Invalid(RodinRequests.Text($$"""{"seed":{{seed}}}"""), "vendorOptions.seed");

    [Fact]
    public void Accepts_a_bounding_box_of_three_positive_integers() =>
        RuleAssert.Valid(RodinRequests.Text("""{"bboxCondition":[100,200,300]}"""));

    [Theory]
    [InlineData("[100,200]")]
    [InlineData("[100,200,300,400]")]
    [InlineData("[100,0,300]")]
    [InlineData("[100,-5,300]")]
    public void Rejects_a_bounding_box_that_is_not_three_positive_integers(string bbox) =>
        RuleAssert.Invalid(RodinRequests.Text($$"""{"bboxCondition":{{bbox}}}"""), "vendorOptions.bboxCondition");

    [Theory]
    [InlineData("""["LowPack"]""")]
    [InlineData("""["HighPack","HighPack"]""")]
    public void Rejects_unknown_or_repeated_addons(string addons) =>
        RuleAssert.Invalid(RodinRequests.Text($$"""{"addons":{{addons}}}"""), "vendorOptions.addons");

    [Fact]
    public void Rejects_an_unknown_image_label() =>
        RuleAssert.Invalid(RodinRequests.MultiView(2, """{"tier":"Gen-2.5-Low","imageLabels":["F","Front"]}"""), "vendorOptions.imageLabels");

    [Fact]
    public void Accepts_repeated_image_labels() =>
        RuleAssert.Valid(RodinRequests.MultiView(3, """{"tier":"Gen-2.5-Low","imageLabels":["F","?","?"]}"""));

    [Fact]
    public void Rejects_a_face_count_that_is_not_positive() =>
        RuleAssert.Invalid(RodinRequests.Text("""{"qualityOverride":0}"""), "vendorOptions.qualityOverride");

    [Fact]
    public void Rejects_ultra_quality() =>
        RuleAssert.Invalid(RodinRequests.Text(options: new GenerationOptions { Quality = Quality.Ultra }), "options.quality");

    [Theory]
    [InlineData(Quality.Low)]
    [InlineData(Quality.Medium)]
    [InlineData(Quality.High)]
    public void Accepts_low_medium_and_high_quality(Quality quality) =>
        RuleAssert.Valid(RodinRequests.Text(options: new GenerationOptions { Quality = quality }));

    [Fact]
    public void Accepts_one_model_format_and_the_preview() =>
        RuleAssert.Valid(RodinRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Obj, AssetFormat.Webp] }));

    [Fact]
    public void Rejects_two_model_formats() =>
        RuleAssert.Invalid(
            RodinRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Glb, AssetFormat.Fbx] }),
            "options.outputFormats");

    [Theory]
    [InlineData(AssetFormat.Ply)]
    [InlineData(AssetFormat.Mp4)]
    [InlineData(AssetFormat.Zip)]
    public void Rejects_a_format_rodin_cannot_deliver(AssetFormat format) =>
        RuleAssert.Invalid(RodinRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Glb, format] }), "options.outputFormats");

    [Fact]
    public void Rejects_a_style() =>
        RuleAssert.Invalid(RodinRequests.Text(options: new GenerationOptions { Style = "anime" }), "options.style");

    [Fact]
    public void Rejects_a_target_face_count_that_is_not_positive() =>
        RuleAssert.Invalid(RodinRequests.Text(options: new GenerationOptions { TargetFaceCount = -1 }), "options.targetFaceCount");
}
