using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorRules.Tests.Aholo;

public sealed class AholoOptionRulesTests
{
    static readonly RuleAssert RuleAssert = new(new AholoRequestRules(Options.Create(new AholoRequestRulesOptions { MinReconstructionImages = 20 })));

    [Fact]
    public void Reconstruction_takes_every_vendor_option() =>
        RuleAssert.Valid(AholoRequests.Scene(vendorOptions: """{"quality":"ULTRA","accessLevel":0,"uploadSog":true,"panorama":true,"projectName":"Lobby"}"""));

    [Theory]
    [InlineData("""{"quality":"normal"}""", "vendorOptions.quality")]
    [InlineData("""{"quality":"MEDIUM"}""", "vendorOptions.quality")]
    [InlineData("""{"accessLevel":2}""", "vendorOptions.accessLevel")]
    [InlineData("""{"accessLevel":"private"}""", "vendorOptions.accessLevel")]
    [InlineData("""{"uploadSog":"yes"}""", "vendorOptions.uploadSog")]
    [InlineData("""{"panorama":1}""", "vendorOptions.panorama")]
    [InlineData("""{"projectName":" "}""", "vendorOptions.projectName")]
    [InlineData("""{"projectName":7}""", "vendorOptions.projectName")]
    [InlineData("""{"scene":"space"}""", "vendorOptions.scene")]
    [InlineData("""[1]""", "vendorOptions")]
    public void A_bad_vendor_option_is_named(string vendorOptions, string field) =>
        RuleAssert.Invalid(AholoRequests.Scene(vendorOptions: vendorOptions), field);

    [Fact]
    public void A_project_name_is_at_most_100_characters()
    {
        RuleAssert.Valid(AholoRequests.Scene(vendorOptions: $$"""{"projectName":"{{new string('a', 100)}}"}"""));
        RuleAssert.Invalid(AholoRequests.Scene(vendorOptions: $$"""{"projectName":"{{new string('a', 101)}}"}"""), "vendorOptions.projectName");
    }

    [Fact]
    public void A_vendor_quality_contradicting_the_normalized_one_is_refused() =>
        RuleAssert.Invalid(AholoRequests.Scene(vendorOptions: """{"quality":"LOW"}""", options: new GenerationOptions { Quality = Quality.High }), "vendorOptions.quality");

    [Fact]
    public void A_vendor_quality_agreeing_with_the_normalized_one_is_fine() =>
        RuleAssert.Valid(AholoRequests.Scene(vendorOptions: """{"quality":"NORMAL"}""", options: new GenerationOptions { Quality = Quality.Medium }));

    [Fact]
    public void Reconstruction_delivers_ply_spz_and_sog() =>
        RuleAssert.Valid(AholoRequests.Scene(options: new GenerationOptions { OutputFormats = [AssetFormat.Ply, AssetFormat.Spz, AssetFormat.Sog] }));

    [Theory]
    [InlineData(AssetFormat.Glb)]
    [InlineData(AssetFormat.Obj)]
    public void Reconstruction_delivers_no_mesh(AssetFormat format) =>
        RuleAssert.Invalid(AholoRequests.Scene(options: new GenerationOptions { OutputFormats = [format] }), "options.outputFormats");

    [Fact]
    public void Asking_for_sog_while_turning_upload_sog_off_is_refused() =>
        RuleAssert.Invalid(
            AholoRequests.Scene(vendorOptions: """{"uploadSog":false}""", options: new GenerationOptions { OutputFormats = [AssetFormat.Sog] }),
            "vendorOptions.uploadSog");

    [Theory]
    [InlineData("quality", "\"HIGH\"")]
    [InlineData("accessLevel", "1")]
    [InlineData("uploadSog", "true")]
    [InlineData("panorama", "false")]
    public void Generation_takes_no_reconstruction_option(string key, string value) =>
        RuleAssert.Invalid(AholoRequests.Text(vendorOptions: $$"""{"{{key}}":{{value}}}"""), $"vendorOptions.{key}");

    [Fact]
    public void Generation_takes_a_project_name() => RuleAssert.Valid(AholoRequests.Image(vendorOptions: """{"projectName":"Loft"}"""));

    [Fact]
    public void Generation_has_no_quality() =>
        RuleAssert.Invalid(AholoRequests.Text(options: new GenerationOptions { Quality = Quality.High }), "options.quality");

    [Fact]
    public void Generation_delivers_ply_and_spz_but_no_sog()
    {
        RuleAssert.Valid(AholoRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Ply, AssetFormat.Spz] }));
        RuleAssert.Invalid(AholoRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Sog] }), "options.outputFormats");
    }

    [Fact]
    public void Mesh_options_do_not_apply_to_splats() =>
        RuleAssert.Invalid(
            AholoRequests.Scene(options: new GenerationOptions { TargetFaceCount = 1000, Texture = TextureMode.Pbr, Topology = Topology.Quad, Style = "cosy" }),
            "options.style", "options.targetFaceCount", "options.texture", "options.topology");
}
