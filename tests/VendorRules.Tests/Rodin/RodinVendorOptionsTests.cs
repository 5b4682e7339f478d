using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.VendorRules.Tests.Rodin;

public sealed class RodinVendorOptionsTests
{
    static readonly RuleAssert RuleAssert = new(new RodinRequestRules());

    [Fact]
    public void Reads_every_option()
    {
        var errors = new RequestValidationErrors();

        var options = RodinVendorOptions.Read(VendorRequests.Json("""
            {"tier":"Gen-2.5-High","seed":7,"geometryFileFormat":"fbx","material":"Shaded","quality":"low",
             "qualityOverride":30000,"meshMode":"Quad","meshSimplify":false,"meshSmooth":true,"taPose":true,
             "bboxCondition":[1,2,3],"addons":["HighPack"],"previewRender":true,"useOriginalAlpha":false,
             "hdTexture":true,"textureDelight":false,"textureMode":"high","geometryInstructMode":"creative",
             "isMicro":true,"conditionMode":"fuse","imageLabels":["F","B"]}
            """), errors);

        Assert.False(errors.HasErrors, errors.ToString());
        Assert.Equal(
            new RodinVendorOptions
            {
                Tier = "Gen-2.5-High", Seed = 7, GeometryFileFormat = "fbx", Material = "Shaded", Quality = "low",
                QualityOverride = 30000, MeshMode = "Quad", MeshSimplify = false, MeshSmooth = true, TaPose = true,
                BboxCondition = options.BboxCondition, Addons = options.Addons, PreviewRender = true, UseOriginalAlpha = false,
                HdTexture = true, TextureDelight = false, TextureMode = "high", GeometryInstructMode = "creative",
                IsMicro = true, ConditionMode = "fuse", ImageLabels = options.ImageLabels,
            },
            options);
        Assert.Equal([1, 2, 3], options.BboxCondition!);
        Assert.Equal(["HighPack"], options.Addons!);
        Assert.Equal(["F", "B"], options.ImageLabels!);
    }

    [Fact]
    public void Reads_no_options_as_none()
    {
        var errors = new RequestValidationErrors();

        Assert.Same(RodinVendorOptions.None, RodinVendorOptions.Read(null, errors));
        Assert.Same(RodinVendorOptions.None, RodinVendorOptions.Read(VendorRequests.Json("null"), errors));
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void Reads_a_null_value_as_not_given()
    {
        var errors = new RequestValidationErrors();

        var options = RodinVendorOptions.Read(VendorRequests.Json("""{"material":null,"seed":null,"addons":null}"""), errors);

        Assert.False(errors.HasErrors, errors.ToString());
        Assert.Equal(RodinVendorOptions.None, options);
    }

    [Fact]
    public void Rejects_options_that_are_not_an_object() =>
        RuleAssert.Invalid(RodinRequests.Text("""["Gen-2"]"""), "vendorOptions");

    [Theory]
    [InlineData("""{"TIER":"Gen-2"}""", "vendorOptions.TIER")]
    [InlineData("""{"use_hyper":true}""", "vendorOptions.use_hyper")]
    [InlineData("""{"height":180}""", "vendorOptions.height")]
    public void Rejects_unknown_keys(string json, string field) => RuleAssert.Invalid(RodinRequests.Text(json), field);

    [Theory]
    [InlineData("""{"tier":2}""", "vendorOptions.tier")]
    [InlineData("""{"seed":"7"}""", "vendorOptions.seed")]
    [InlineData("""{"seed":1.5}""", "vendorOptions.seed")]
    [InlineData("""{"qualityOverride":3000000000}""", "vendorOptions.qualityOverride")]
    [InlineData("""{"taPose":"true"}""", "vendorOptions.taPose")]
    [InlineData("""{"previewRender":1}""", "vendorOptions.previewRender")]
    [InlineData("""{"bboxCondition":"[1,2,3]"}""", "vendorOptions.bboxCondition")]
    [InlineData("""{"bboxCondition":[1,"2",3]}""", "vendorOptions.bboxCondition")]
    [InlineData("""{"addons":"HighPack"}""", "vendorOptions.addons")]
    public void Rejects_values_of_the_wrong_json_type(string json, string field) =>
        RuleAssert.Invalid(RodinRequests.Text(json), field);
}
