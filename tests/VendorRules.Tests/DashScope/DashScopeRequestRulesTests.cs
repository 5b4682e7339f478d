using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.DashScope;

namespace GenerationGateway.VendorRules.Tests.DashScope;

public sealed class DashScopeRequestRulesTests
{
    static IDictionary<string, string[]> Errors(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        new DashScopeRequestRules().Validate(request, errors);
        return errors.ToDictionary();
    }

    /// <summary>The request breaks exactly the rules keyed by <paramref name="fields"/>.</summary>
    static void Invalid(GenerationRequested request, params string[] fields) =>
        Assert.Equal(fields.Order(StringComparer.Ordinal), Errors(request).Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Is_the_dashscope_vendor_for_characters_from_a_photo()
    {
        var rules = new DashScopeRequestRules();

        Assert.Equal("dashscope-gen3d", rules.Vendor);
        Assert.Equal([TaskKind.CharacterFromPhoto], rules.SupportedKinds);
    }

    [Theory]
    [InlineData("https://images.test/person.jpg")]
    [InlineData("http://images.test/person.png")]
    public void Accepts_one_photo_by_http_or_https_url_and_nothing_else(string url) =>
        Assert.Empty(Errors(DashScopeRequests.Photo(url)));

    [Fact]
    public void Accepts_ply_as_the_only_output_format() =>
        Assert.Empty(Errors(DashScopeRequests.Create(DashScopeRequests.Photo().Inputs, new GenerationOptions { OutputFormats = [AssetFormat.Ply] })));

    [Theory]
    [InlineData(TaskKind.ImageTo3d)]
    [InlineData(TaskKind.TextTo3d)]
    public void Rejects_every_other_kind(TaskKind kind) =>
        Invalid(DashScopeRequests.Create(DashScopeRequests.Photo().Inputs, kind: kind), "kind");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Takes_exactly_one_photo(int count) =>
        Invalid(
            DashScopeRequests.Create(new GenerationInputs { Images = [.. Enumerable.Range(0, count).Select(i => new InputImage { Url = $"https://images.test/{i}.jpg" })] }),
            "inputs.images");

    [Theory]
    [InlineData("ftp://images.test/person.jpg")]
    [InlineData("file:///home/me/person.jpg")]
    [InlineData("person.jpg")]
    public void Takes_the_photo_by_http_or_https_url_only(string url) =>
        Invalid(DashScopeRequests.Photo(url), "inputs.images[0].url");

    [Fact]
    public void Cannot_read_a_gateway_file_reference() =>
        Invalid(DashScopeRequests.Create(new GenerationInputs { Images = [new InputImage { FileReference = "file-1" }] }), "inputs.images[0].fileReference");

    [Fact]
    public void Needs_no_prompt_and_refuses_one_it_would_ignore() =>
        Invalid(DashScopeRequests.Create(DashScopeRequests.Photo().Inputs with { Prompt = "a knight" }), "inputs.prompt");

    [Fact]
    public void Takes_no_videos() =>
        Invalid(DashScopeRequests.Create(DashScopeRequests.Photo().Inputs with { Videos = [new InputVideo { Url = "https://videos.test/a.mp4" }] }), "inputs.videos");

    [Fact]
    public void Refuses_options_the_model_does_not_have() =>
        Invalid(
            DashScopeRequests.Create(DashScopeRequests.Photo().Inputs, new GenerationOptions
            {
                Quality = Quality.High,
                TargetFaceCount = 10_000,
                Texture = TextureMode.Pbr,
                Topology = Topology.Quad,
                Style = "anime",
                OutputFormats = [AssetFormat.Glb],
            }),
            "options.quality", "options.targetFaceCount", "options.texture", "options.topology", "options.style", "options.outputFormats");

    [Fact]
    public void Has_no_vendor_options() =>
        Invalid(DashScopeRequests.Create(DashScopeRequests.Photo().Inputs, vendorOptions: """{"workspace":"w1"}"""), "vendorOptions.workspace");

    [Fact]
    public void Vendor_options_must_be_an_object() =>
        Invalid(DashScopeRequests.Create(DashScopeRequests.Photo().Inputs, vendorOptions: "[1]"), "vendorOptions");
}
