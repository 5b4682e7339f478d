using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.VendorRules.Tests.Portrait;

public sealed class PortraitRequestRulesTests
{
    static readonly PortraitRequestRules Rules = new();

    static IDictionary<string, string[]> Errors(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        Rules.Validate(request, errors);
        return errors.ToDictionary();
    }

    [Fact]
    public void A_subject_with_eight_to_twenty_photos_and_a_style_passes()
    {
        Assert.Empty(Errors(PortraitRuleRequests.Train("ada", 8)));
        Assert.Empty(Errors(PortraitRuleRequests.Train("ada", 20)));
        Assert.Equal([TaskKind.PortraitPhotoSet], Rules.SupportedKinds);
        Assert.Equal("portrait", Rules.Vendor);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(21)]
    public void Training_takes_eight_to_twenty_photos(int photos)
    {
        Assert.Contains("inputs.images", Errors(PortraitRuleRequests.Train("ada", photos)).Keys);
    }

    [Fact]
    public void Reusing_the_trained_model_allows_no_photos_but_not_too_few()
    {
        var reuse = PortraitRuleRequests.Reuse("ada");

        Assert.Empty(Errors(reuse));
        Assert.Empty(Errors(reuse with { Inputs = reuse.Inputs with { Images = PortraitRuleRequests.Photos(8) } }));
        Assert.Contains("inputs.images", Errors(reuse with { Inputs = reuse.Inputs with { Images = PortraitRuleRequests.Photos(3) } }).Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void The_subject_reference_is_required(string? subject)
    {
        var request = PortraitRuleRequests.Train("ada");

        Assert.Contains("inputs.subjectReference", Errors(request with { Inputs = request.Inputs with { SubjectReference = subject } }).Keys);
    }

    [Fact]
    public void The_subject_reference_is_bounded()
    {
        Assert.Contains("inputs.subjectReference", Errors(PortraitRuleRequests.Train(new string('x', 201))).Keys);
    }

    [Fact]
    public void A_style_is_required()
    {
        var request = PortraitRuleRequests.Train("ada");

        Assert.Contains("options.style", Errors(request with { Options = new GenerationOptions() }).Keys);
    }

    [Fact]
    public void Settings_the_portrait_api_cannot_honour_are_refused()
    {
        var request = PortraitRuleRequests.Train("ada");
        var errors = Errors(request with
        {
            Options = request.Options with { Quality = Quality.High, OutputFormats = [AssetFormat.Png], TargetFaceCount = 5, Texture = TextureMode.Pbr, Topology = Topology.Quad },
        });

        Assert.Equal(["options.outputFormats", "options.quality", "options.targetFaceCount", "options.texture", "options.topology"], errors.Keys.Order());
    }

    [Fact]
    public void A_prompt_videos_and_file_references_are_refused()
    {
        var request = PortraitRuleRequests.Train("ada");
        var images = request.Inputs.Images.ToList();
        images[2] = new InputImage { FileReference = "file-1" };

        var errors = Errors(request with
        {
            Inputs = request.Inputs with { Prompt = "smiling", Videos = [new InputVideo { Url = "https://videos.test/a.mp4" }], Images = images },
        });

        Assert.Contains("inputs.prompt", errors.Keys);
        Assert.Contains("inputs.videos", errors.Keys);
        Assert.Contains("inputs.images[2].fileReference", errors.Keys);
    }

    [Fact]
    public void Vendor_options_are_checked_by_name_and_type()
    {
        var request = PortraitRuleRequests.Train("ada");

        var errors = Errors(request with { VendorOptions = JsonSerializer.SerializeToElement(new { reuseTrainedModel = "yes", seed = 3 }) });

        Assert.Equal(["vendorOptions.reuseTrainedModel", "vendorOptions.seed"], errors.Keys.Order());
    }

    [Fact]
    public void Another_kind_is_refused()
    {
        var request = PortraitRuleRequests.Train("ada");

        Assert.Contains("kind", Errors(request with { Kind = TaskKind.ImageTo3d }).Keys);
    }
}
