using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Images;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules;
using static GenerationGateway.Adapters.Hunyuan.Tests.Support.StubImageHost;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Rules;

/// <summary>How a request becomes the create call's params.</summary>
public sealed class HunyuanParametersResolverTests
{
    [Fact]
    public void A_text_request_is_Normal_with_the_vendor_defaults_said_out_loud()
    {
        var parameters = HunyuanParameters.Resolve(HunyuanRequests.Text());

        Assert.Equal(
            new HunyuanGenerateParameters { GenerateType = "Normal", Prompt = HunyuanRequests.Prompt, FaceCount = 500_000, EnablePbr = false },
            parameters with { MultiViewImages = [] });
        Assert.Empty(parameters.MultiViewImages);
    }

    [Fact]
    public void Maps_the_normalized_options()
    {
        var parameters = HunyuanParameters.Resolve(HunyuanRequests.Text(options: new GenerationOptions { TargetFaceCount = 40_000, Texture = TextureMode.Pbr }));

        Assert.Equal((40_000, true), (parameters.FaceCount, parameters.EnablePbr));
    }

    [Fact]
    public void Vendor_options_win_where_they_are_given()
    {
        var parameters = HunyuanParameters.Resolve(HunyuanRequests.Text("""{"faceCount":3000,"enablePbr":true}"""));

        Assert.Equal((3_000, true), (parameters.FaceCount, parameters.EnablePbr));
    }

    [Fact]
    public void LowPoly_sends_a_polygon_type_and_no_face_count()
    {
        var triangle = HunyuanParameters.Resolve(HunyuanRequests.Text("""{"generateType":"LowPoly"}"""));
        var quad = HunyuanParameters.Resolve(HunyuanRequests.Text("""{"generateType":"LowPoly"}""", new GenerationOptions { Topology = Topology.Quad }));

        Assert.Equal(("LowPoly", null, "triangle", false), (triangle.GenerateType, triangle.FaceCount, triangle.PolygonType, triangle.EnablePbr));
        Assert.Equal("quadrilateral", quad.PolygonType);
    }

    [Fact]
    public void Geometry_sends_no_pbr_flag_and_an_untextured_request_is_Geometry()
    {
        var parameters = HunyuanParameters.Resolve(HunyuanRequests.Text(options: new GenerationOptions { Texture = TextureMode.None }));

        Assert.Equal(("Geometry", null, 500_000), (parameters.GenerateType, parameters.EnablePbr, parameters.FaceCount));
    }

    [Fact]
    public void The_main_image_goes_to_image_url_and_labelled_views_to_multi_view_images()
    {
        var parameters = HunyuanParameters.Resolve(HunyuanRequests.MultiView(
            ("Left-Front", Url("lf/512x512.png")), ("front", Url("main/512x512.png")), ("BACK", Url("back/512x512.jpg"))));

        Assert.Equal(Url("main/512x512.png"), parameters.ImageUrl);
        Assert.Null(parameters.Prompt);
        Assert.Equal([new HunyuanViewImage("left_front", Url("lf/512x512.png")), new HunyuanViewImage("back", Url("back/512x512.jpg"))], parameters.MultiViewImages);
    }

    [Fact]
    public void A_sketch_sends_the_prompt_and_the_image()
    {
        var parameters = HunyuanParameters.Resolve(HunyuanRequests.Sketch("a rocket", Url("sketch/512x512.png")));

        Assert.Equal(("Sketch", "a rocket", Url("sketch/512x512.png")), (parameters.GenerateType, parameters.Prompt, parameters.ImageUrl));
    }

    [Fact]
    public void A_base64_image_is_sent_as_image_base64()
    {
        var png = TestImages.Png(256, 256);

        var parameters = HunyuanParameters.Resolve(HunyuanRequests.Base64Image(png));

        Assert.Equal((null, Convert.ToBase64String(png)), (parameters.ImageUrl, parameters.ImageBase64));
    }

    [Fact]
    public void A_request_that_breaks_a_rule_does_not_resolve()
    {
        var errors = new RequestValidationErrors();

        Assert.False(HunyuanParametersResolver.TryResolve(HunyuanRequests.Text("""{"faceCount":10}"""), errors, out var parameters));

        Assert.Null(parameters);
        Assert.Equal(["vendorOptions.faceCount"], errors.ToDictionary().Keys);
    }
}
