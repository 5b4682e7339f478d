using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Images;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.VendorRules.Tests.Hunyuan;

/// <summary>The seed's input rules: which of prompt / image_url / image_base64 each generate type takes, views, prompt length.</summary>
public sealed class HunyuanInputRulesTests
{
    static readonly RuleAssert RuleAssert = new(new HunyuanRequestRules());

    [Fact]
    public void Accepts_one_request_of_each_kind()
    {
        RuleAssert.Valid(HunyuanRequests.Text());
        RuleAssert.Valid(HunyuanRequests.Image());
        RuleAssert.Valid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a/512x512.png")), ("left", HunyuanRequests.ImageUrl("b/512x512.png")), ("back", HunyuanRequests.ImageUrl("c/512x512.jpg"))));
        RuleAssert.Valid(HunyuanRequests.Sketch(url: HunyuanRequests.ImageUrl("sketch/512x512.png")));
        RuleAssert.Valid(HunyuanRequests.Base64Image(TestImages.Png(512, 512)));
    }

    [Theory]
    [InlineData("Normal")]
    [InlineData("LowPoly")]
    [InlineData("Geometry")]
    public void Normal_lowpoly_and_geometry_refuse_a_prompt_and_an_image_together(string generateType)
    {
        var request = HunyuanRequests.Create(TaskKind.TextTo3d,
            new GenerationInputs { Prompt = "an owl", Images = [new InputImage { Url = HunyuanRequests.MainImage }] },
            $$"""{"generateType":"{{generateType}}"}""");

        RuleAssert.Invalid(request, "inputs");
    }

    [Fact]
    public void An_image_url_and_an_image_base64_together_break_the_exactly_one_rule()
    {
        var request = HunyuanRequests.Image($$"""{"imageBase64":"{{TestImages.Base64(TestImages.Png(256, 256))}}"}""");

        RuleAssert.Invalid(request, "inputs");
    }

    [Fact]
    public void No_prompt_and_no_image_breaks_the_exactly_one_rule()
    {
        RuleAssert.Invalid(HunyuanRequests.Text(prompt: null), "inputs");
        RuleAssert.Invalid(HunyuanRequests.Text(prompt: "   "), "inputs");
    }

    [Fact]
    public void Sketch_needs_a_prompt()
    {
        RuleAssert.Invalid(HunyuanRequests.Sketch(prompt: null, url: HunyuanRequests.ImageUrl("512x512.png")), "inputs.prompt");
    }

    [Fact]
    public void Sketch_needs_exactly_one_image()
    {
        RuleAssert.Invalid(HunyuanRequests.Sketch(url: null), "inputs.images");
        RuleAssert.Invalid(
            HunyuanRequests.Sketch(url: HunyuanRequests.ImageUrl("512x512.png"), vendorOptions: $$"""{"imageBase64":"{{TestImages.Base64(TestImages.Png(256, 256))}}"}"""),
            "inputs.images");
    }

    [Fact]
    public void Sketch_accepts_its_image_as_base64()
    {
        RuleAssert.Valid(HunyuanRequests.Sketch(url: null, vendorOptions: $$"""{"imageBase64":"{{TestImages.Base64(TestImages.Jpeg(640, 480))}}"}"""));
    }

    [Fact]
    public void Sketch_takes_no_multi_view_images()
    {
        var request = HunyuanRequests.Create(TaskKind.SketchTo3d, new GenerationInputs
        {
            Prompt = "a rocket",
            Images = [new InputImage { Url = HunyuanRequests.ImageUrl("a/512x512.png") }, new InputImage { Url = HunyuanRequests.ImageUrl("b/512x512.png"), View = "left" }],
        });

        RuleAssert.Invalid(request, "inputs.images");
    }

    [Fact]
    public void Text_to_3d_needs_the_prompt_to_be_its_one_source()
    {
        var request = HunyuanRequests.Create(TaskKind.TextTo3d, new GenerationInputs { Images = [new InputImage { Url = HunyuanRequests.MainImage }] });

        RuleAssert.Invalid(request, "inputs.prompt");
    }

    [Fact]
    public void Text_to_3d_takes_no_view_images()
    {
        var request = HunyuanRequests.Create(TaskKind.TextTo3d, new GenerationInputs
        {
            Prompt = "an owl",
            Images = [new InputImage { Url = HunyuanRequests.ImageUrl("512x512.png"), View = "left" }],
        });

        RuleAssert.Invalid(request, "inputs.images");
    }

    [Fact]
    public void Image_kinds_need_their_image_not_a_prompt()
    {
        RuleAssert.Invalid(HunyuanRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Prompt = "an owl" }), "inputs.images");
        RuleAssert.Invalid(HunyuanRequests.Create(TaskKind.MultiViewTo3d, new GenerationInputs
        {
            Prompt = "an owl",
            Images = [new InputImage { Url = HunyuanRequests.ImageUrl("512x512.png"), View = "left" }],
        }), "inputs.images");
    }

    [Fact]
    public void Image_to_3d_takes_no_extra_views()
    {
        var request = HunyuanRequests.Create(TaskKind.ImageTo3d, new GenerationInputs
        {
            Images = [new InputImage { Url = HunyuanRequests.ImageUrl("a/512x512.png") }, new InputImage { Url = HunyuanRequests.ImageUrl("b/512x512.png"), View = "back" }],
        });

        RuleAssert.Invalid(request, "inputs.images");
    }

    [Fact]
    public void Multi_view_needs_a_labelled_view_besides_the_main_image()
    {
        RuleAssert.Invalid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("512x512.png"))), "inputs.images");
    }

    [Theory]
    [InlineData("left")]
    [InlineData("right")]
    [InlineData("back")]
    [InlineData("top")]
    [InlineData("bottom")]
    [InlineData("left_front")]
    [InlineData("right_front")]
    [InlineData("Left-Front")]
    [InlineData("RIGHT_FRONT")]
    public void Accepts_every_view_type_of_the_seed(string view)
    {
        RuleAssert.Valid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a/512x512.png")), (view, HunyuanRequests.ImageUrl("b/512x512.png"))));
    }

    [Fact]
    public void Refuses_a_view_type_the_seed_does_not_list()
    {
        RuleAssert.Invalid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a/512x512.png")), ("diagonal", HunyuanRequests.ImageUrl("b/512x512.png")), ("left", HunyuanRequests.ImageUrl("c/512x512.png"))), "inputs.images[1].view");
    }

    [Fact]
    public void Takes_one_image_per_view()
    {
        var request = HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a/512x512.png")), ("left", HunyuanRequests.ImageUrl("b/512x512.png")), ("left", HunyuanRequests.ImageUrl("c/512x512.png")));

        RuleAssert.Invalid(request, "inputs.images[2].view");
    }

    [Fact]
    public void Takes_one_main_image_and_wants_the_others_labelled()
    {
        RuleAssert.Invalid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a/512x512.png")), ("front", HunyuanRequests.ImageUrl("b/512x512.png")), ("left", HunyuanRequests.ImageUrl("c/512x512.png"))), "inputs.images[1].view");
        RuleAssert.Invalid(HunyuanRequests.MultiView((null, HunyuanRequests.ImageUrl("a/512x512.png")), (null, HunyuanRequests.ImageUrl("b/512x512.png")), ("left", HunyuanRequests.ImageUrl("c/512x512.png"))), "inputs.images[1].view");
    }

    [Fact]
    public void Takes_multi_view_images_beside_a_base64_main_image()
    {
        var request = HunyuanRequests.MultiView(
            $$"""{"imageBase64":"{{TestImages.Base64(TestImages.Png(256, 256))}}"}""",
            ("left", HunyuanRequests.ImageUrl("b/512x512.png")), ("back", HunyuanRequests.ImageUrl("c/512x512.png")));

        RuleAssert.Valid(request);
    }

    [Fact]
    public void Counts_the_prompt_in_characters_not_bytes()
    {
        RuleAssert.Valid(HunyuanRequests.Text(prompt: new string('a', 1024)));
        RuleAssert.Valid(HunyuanRequests.Text(prompt: string.Concat(Enumerable.Repeat("猫", 1024))));
        RuleAssert.Valid(HunyuanRequests.Text(prompt: string.Concat(Enumerable.Repeat("🦉", 1024))));
        RuleAssert.Invalid(HunyuanRequests.Text(prompt: new string('a', 1025)), "inputs.prompt");
        RuleAssert.Invalid(HunyuanRequests.Text(prompt: string.Concat(Enumerable.Repeat("🦉", 1025))), "inputs.prompt");
    }

    [Fact]
    public void Takes_no_videos()
    {
        var request = HunyuanRequests.Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = "an owl", Videos = [new InputVideo { Url = "https://videos.test/a.mp4" }] });

        RuleAssert.Invalid(request, "inputs.videos");
    }

    [Fact]
    public void Takes_images_by_url_not_by_file_reference()
    {
        var request = HunyuanRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { FileReference = "upload-1" }] });

        RuleAssert.Invalid(request, "inputs", "inputs.images[0].fileReference");
    }
}
