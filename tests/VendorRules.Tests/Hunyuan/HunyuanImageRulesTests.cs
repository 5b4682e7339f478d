using GenerationGateway.TestSupport.Images;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.VendorRules.Tests.Hunyuan;

/// <summary>The image limits checked at intake: everything for a base64 image, the format by extension for an image URL.</summary>
public sealed class HunyuanImageRulesTests
{
    static readonly RuleAssert RuleAssert = new(new HunyuanRequestRules());

    [Theory]
    [InlineData(128, 128)]
    [InlineData(5000, 5000)]
    [InlineData(128, 5000)]
    public void A_base64_image_with_sides_from_128_to_5000_px_passes(int width, int height)
    {
        RuleAssert.Valid(HunyuanRequests.Base64Image(TestImages.Png(width, height)));
    }

    [Theory]
    [InlineData(127, 512)]
    [InlineData(512, 127)]
    [InlineData(5001, 512)]
    [InlineData(512, 5001)]
    public void A_base64_image_with_a_side_out_of_range_is_refused(int width, int height)
    {
        RuleAssert.Invalid(HunyuanRequests.Base64Image(TestImages.Png(width, height)), "vendorOptions.imageBase64");
    }

    [Fact]
    public void A_base64_image_is_sized_whatever_its_format()
    {
        RuleAssert.Valid(HunyuanRequests.Base64Image(TestImages.Jpeg(800, 600)));
        RuleAssert.Valid(HunyuanRequests.Base64Image(TestImages.WebpLossy(800, 600)));
        RuleAssert.Invalid(HunyuanRequests.Base64Image(TestImages.Jpeg(100, 600)), "vendorOptions.imageBase64");
        RuleAssert.Invalid(HunyuanRequests.Base64Image(TestImages.WebpExtended(6000, 600)), "vendorOptions.imageBase64");
    }

    [Fact]
    public void A_base64_image_in_another_format_is_refused()
    {
        RuleAssert.Invalid(HunyuanRequests.Base64Image(TestImages.Gif(512, 512)), "vendorOptions.imageBase64");
        RuleAssert.Invalid(HunyuanRequests.Base64Image("plain text"u8.ToArray()), "vendorOptions.imageBase64");
    }

    [Fact]
    public void A_base64_image_over_8_mb_is_refused()
    {
        RuleAssert.Invalid(HunyuanRequests.Base64Image([.. TestImages.Png(512, 512), .. new byte[8 * 1024 * 1024]]), "vendorOptions.imageBase64");
    }

    [Fact]
    public void Base64_must_be_raw_base64()
    {
        var png = TestImages.Base64(TestImages.Png(256, 256));

        RuleAssert.Invalid(HunyuanRequests.Create(Contracts.TaskKind.ImageTo3d, new Contracts.GenerationInputs(), $$"""{"imageBase64":"data:image/png;base64,{{png}}"}"""), "vendorOptions.imageBase64");
        RuleAssert.Invalid(HunyuanRequests.Create(Contracts.TaskKind.ImageTo3d, new Contracts.GenerationInputs(), """{"imageBase64":"not*base64"}"""), "vendorOptions.imageBase64");
    }

    [Theory]
    [InlineData("owl.png")]
    [InlineData("owl.jpg")]
    [InlineData("owl.JPEG")]
    [InlineData("owl.webp")]
    [InlineData("render?id=7")]
    [InlineData("owl.php")]
    public void A_main_image_url_passes_unless_its_extension_names_another_image_format(string path)
    {
        RuleAssert.Valid(HunyuanRequests.Image(url: HunyuanRequests.ImageUrl(path)));
    }

    [Theory]
    [InlineData("owl.gif")]
    [InlineData("owl.bmp")]
    [InlineData("owl.heic")]
    public void A_main_image_url_naming_another_image_format_is_refused(string path)
    {
        RuleAssert.Invalid(HunyuanRequests.Image(url: HunyuanRequests.ImageUrl(path)), "inputs.images[0].url");
    }

    [Fact]
    public void Multi_view_images_are_jpg_or_png_only()
    {
        RuleAssert.Valid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a.webp")), ("left", HunyuanRequests.ImageUrl("b.jpeg")), ("back", HunyuanRequests.ImageUrl("c.png"))));
        RuleAssert.Invalid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a.png")), ("left", HunyuanRequests.ImageUrl("b.webp"))), "inputs.images[1].url");
    }
}
