using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.VendorRules.Tests.Rodin;

public sealed class RodinRequestRulesTests
{
    static readonly RuleAssert RuleAssert = new(new RodinRequestRules());

    [Fact]
    public void Is_the_rodin_vendor_with_its_four_kinds()
    {
        var rules = new RodinRequestRules();

        Assert.Equal(RodinRequestRules.Key, rules.Vendor);
        Assert.Equal(
            [TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.MultiViewTo3d, TaskKind.SketchTo3d],
            rules.SupportedKinds.Order());
    }

    [Theory]
    [InlineData(TaskKind.SceneReconstruction)]
    [InlineData(TaskKind.PortraitPhotoSet)]
    public void Rejects_a_kind_rodin_does_not_do(TaskKind kind) =>
        RuleAssert.Invalid(RodinRequests.Images(kind, 1), "kind");

    [Fact]
    public void Accepts_a_text_request() => RuleAssert.Valid(RodinRequests.Text());

    [Fact]
    public void Accepts_an_image_request() => RuleAssert.Valid(RodinRequests.Image());

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Accepts_two_to_five_views(int count) => RuleAssert.Valid(RodinRequests.MultiView(count));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Accepts_one_to_five_sketch_images(int count) => RuleAssert.Valid(RodinRequests.Images(TaskKind.SketchTo3d, count));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Text_needs_a_prompt(string? prompt) =>
        RuleAssert.Invalid(RodinRequests.Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = prompt }), "inputs.prompt");

    [Fact]
    public void Text_takes_no_images() =>
        RuleAssert.Invalid(
            RodinRequests.Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = "a chair", Images = RodinRequests.ImageList(1) }),
            "inputs.images");

    [Theory]
    [InlineData(TaskKind.ImageTo3d, 0)]
    [InlineData(TaskKind.ImageTo3d, 2)]
    [InlineData(TaskKind.MultiViewTo3d, 1)]
    [InlineData(TaskKind.MultiViewTo3d, 6)]
    [InlineData(TaskKind.SketchTo3d, 0)]
    [InlineData(TaskKind.SketchTo3d, 6)]
    public void Each_kind_takes_its_number_of_images(TaskKind kind, int count) =>
        RuleAssert.Invalid(RodinRequests.Images(kind, count), "inputs.images");

    [Fact]
    public void Takes_a_prompt_of_1024_characters() => RuleAssert.Valid(RodinRequests.Text(prompt: new string('a', 1024)));

    [Fact]
    public void Rejects_a_prompt_over_1024_characters() =>
        RuleAssert.Invalid(RodinRequests.Text(prompt: new string('a', 1025)), "inputs.prompt");

    [Fact]
    public void Rejects_videos() =>
        RuleAssert.Invalid(
            RodinRequests.Create(TaskKind.ImageTo3d, new GenerationInputs
            {
                Images = RodinRequests.ImageList(1),
                Videos = [new InputVideo { Url = "https://videos.test/a.mp4" }],
            }),
            "inputs.videos");

    [Fact]
    public void Rejects_images_given_by_file_reference() =>
        RuleAssert.Invalid(
            RodinRequests.Create(TaskKind.MultiViewTo3d, new GenerationInputs
            {
                Images = [new InputImage { Url = "https://images.test/a.png" }, new InputImage { FileReference = "file-1" }],
            }),
            "inputs.images[1].fileReference");
}
