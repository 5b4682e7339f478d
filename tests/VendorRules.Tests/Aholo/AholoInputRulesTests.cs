using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorRules.Tests.Aholo;

public sealed class AholoInputRulesTests
{
    static readonly RuleAssert RuleAssert = new(new AholoRequestRules(Options.Create(new AholoRequestRulesOptions { MinReconstructionImages = 20 })));

    [Fact]
    public void Is_the_aholo_vendor_with_two_reconstruction_and_two_generation_kinds()
    {
        var rules = new AholoRequestRules(Options.Create(new AholoRequestRulesOptions { MinReconstructionImages = 20 }));

        Assert.Equal(AholoRequestRules.Key, rules.Vendor);
        Assert.Equal(
            [TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.SceneReconstruction, TaskKind.ObjectReconstruction],
            rules.SupportedKinds.Order());
    }

    [Theory]
    [InlineData(TaskKind.MultiViewTo3d)]
    [InlineData(TaskKind.PortraitPhotoSet)]
    public void Rejects_a_kind_aholo_does_not_do(TaskKind kind) =>
        RuleAssert.Invalid(AholoRequests.Create(kind, new GenerationInputs { Images = AholoRequests.Images(20) }), "kind");

    [Fact]
    public void A_scene_of_twenty_images_is_valid() => RuleAssert.Valid(AholoRequests.Scene(20));

    [Fact]
    public void An_object_of_twenty_images_is_valid() => RuleAssert.Valid(AholoRequests.ObjectCapture(20));

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    public void Reconstruction_needs_twenty_images_without_a_video(int images)
    {
        var errors = RuleAssert.Errors(AholoRequests.Scene(images));

        Assert.Equal(["inputs.images"], errors.Keys);
        Assert.Contains("at least 20 image(s) or a video", errors["inputs.images"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_one_image_is_enough_to_reconstruct_as_in_seed_000()
    {
        var rules = new AholoRequestRules(Options.Create(new AholoRequestRulesOptions()));

        new RuleAssert(rules).Valid(AholoRequests.ObjectCapture(1));
        Assert.Equal(["inputs.images"], new RuleAssert(rules).Errors(AholoRequests.ObjectCapture(0)).Keys);
    }

    [Theory]
    [InlineData("walk.mp4")]
    [InlineData("walk.MOV")]
    [InlineData("capture.insv")]
    public void One_video_is_enough_to_reconstruct(string name) => RuleAssert.Valid(AholoRequests.Video(name));

    [Fact]
    public void A_few_images_with_a_video_are_valid() =>
        RuleAssert.Valid(AholoRequests.Create(TaskKind.ObjectReconstruction, new GenerationInputs
        {
            Images = AholoRequests.Images(3),
            Videos = [new InputVideo { Url = "https://inputs.test/turntable.mp4" }],
        }));

    [Fact]
    public void Reconstruction_takes_no_prompt() =>
        RuleAssert.Invalid(AholoRequests.Create(TaskKind.SceneReconstruction, new GenerationInputs { Prompt = "a room", Images = AholoRequests.Images(20) }), "inputs.prompt");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Text_to_3d_needs_a_prompt(string? prompt) => RuleAssert.Invalid(AholoRequests.Text(prompt), "inputs.prompt");

    [Fact]
    public void Text_to_3d_takes_no_image() =>
        RuleAssert.Invalid(AholoRequests.Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = "a loft", Images = AholoRequests.Images(1) }), "inputs.images");

    [Theory]
    [InlineData(null)]
    [InlineData("warm evening light")]
    public void Image_to_3d_takes_one_image_and_an_optional_prompt(string? prompt) => RuleAssert.Valid(AholoRequests.Image(prompt));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Image_to_3d_takes_exactly_one_image(int images) =>
        RuleAssert.Invalid(AholoRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = AholoRequests.Images(images) }), "inputs.images");

    [Fact]
    public void Generation_takes_no_video() =>
        RuleAssert.Invalid(
            AholoRequests.Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = "a loft", Videos = [new InputVideo { Url = "https://inputs.test/a.mp4" }] }),
            "inputs.videos");

    [Fact]
    public void Inputs_come_by_url_only() =>
        RuleAssert.Invalid(
            AholoRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { FileReference = "upload-1" }] }),
            "inputs.images[0].fileReference");

    [Theory]
    [InlineData("https://inputs.test/a.gif")]
    [InlineData("https://inputs.test/a.tiff")]
    public void An_image_url_with_another_extension_is_refused(string url) =>
        RuleAssert.Invalid(AholoRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = url }] }), "inputs.images[0].url");

    [Theory]
    [InlineData("https://inputs.test/a.JPEG")]
    [InlineData("https://inputs.test/a.webp")]
    [InlineData("https://inputs.test/image?id=7")]
    public void An_image_url_with_an_image_extension_or_none_is_accepted(string url) =>
        RuleAssert.Valid(AholoRequests.Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = url }] }));

    [Fact]
    public void A_video_url_with_another_extension_is_refused() =>
        RuleAssert.Invalid(AholoRequests.Video("walk.avi"), "inputs.videos[0].url");
}
