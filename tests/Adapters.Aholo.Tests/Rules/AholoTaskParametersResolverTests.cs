using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.Adapters.Aholo.Tests.Rules;

public sealed class AholoTaskParametersResolverTests
{
    static AholoTaskParameters Resolve(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        Assert.True(AholoTaskParametersResolver.TryResolve(request, errors, out var parameters), errors.ToString());
        return parameters;
    }

    [Fact]
    public void A_scene_reconstruction_gets_the_documented_defaults()
    {
        var request = AholoRequests.Scene();

        var parameters = Resolve(request);

        Assert.Equal(AholoFlow.Reconstruction, parameters.Flow);
        Assert.Equal(("space", "NORMAL", 1, false, false), (parameters.Scene, parameters.TaskQuality, parameters.AccessLevel, parameters.UploadSog, parameters.Panorama));
        Assert.Equal(request.GenerationId.ToString(), parameters.ProjectName);
        Assert.Null(parameters.Prompt);
        Assert.Equal(20, parameters.Inputs.Count);
        Assert.All(parameters.Inputs, input => Assert.Equal(AholoInputKind.Image, input.Kind));
    }

    [Fact]
    public void An_object_reconstruction_is_scene_model() => Assert.Equal("model", Resolve(AholoRequests.ObjectCapture()).Scene);

    [Theory]
    [InlineData(Quality.Low, "LOW")]
    [InlineData(Quality.Medium, "NORMAL")]
    [InlineData(Quality.High, "HIGH")]
    [InlineData(Quality.Ultra, "ULTRA")]
    public void The_normalized_quality_maps_to_task_quality(Quality quality, string expected) =>
        Assert.Equal(expected, Resolve(AholoRequests.Scene(options: new GenerationOptions { Quality = quality })).TaskQuality);

    [Fact]
    public void Vendor_options_are_sent_as_given()
    {
        var parameters = Resolve(AholoRequests.Scene(vendorOptions: """{"quality":"HIGH","accessLevel":0,"uploadSog":true,"panorama":true,"projectName":"Lobby"}"""));

        Assert.Equal(("HIGH", 0, true, true, "Lobby"), (parameters.TaskQuality, parameters.AccessLevel, parameters.UploadSog, parameters.Panorama, parameters.ProjectName));
    }

    [Fact]
    public void Asking_for_sog_turns_upload_sog_on() =>
        Assert.True(Resolve(AholoRequests.Scene(options: new GenerationOptions { OutputFormats = [AssetFormat.Sog] })).UploadSog);

    [Fact]
    public void Images_come_before_videos_and_insv_is_its_own_type()
    {
        var parameters = Resolve(AholoRequests.Create(TaskKind.SceneReconstruction, new GenerationInputs
        {
            Images = AholoRequests.Images(2),
            Videos = [new InputVideo { Url = "https://inputs.test/a.mp4" }, new InputVideo { Url = "https://inputs.test/b.insv" }],
        }));

        Assert.Equal(
            [("inputs.images[0]", AholoInputKind.Image), ("inputs.images[1]", AholoInputKind.Image), ("inputs.videos[0]", AholoInputKind.Video), ("inputs.videos[1]", AholoInputKind.Insv)],
            parameters.Inputs.Select(x => (x.Field, x.Kind)));
    }

    [Fact]
    public void A_generation_sends_its_prompt_and_no_reconstruction_fields()
    {
        var parameters = Resolve(AholoRequests.Image(prompt: "warm light"));

        Assert.Equal(AholoFlow.Generation, parameters.Flow);
        Assert.Equal("warm light", parameters.Prompt);
        Assert.Single(parameters.Inputs);
        Assert.Equal((null, null, null, null, null), (parameters.Scene, parameters.TaskQuality, parameters.AccessLevel, parameters.UploadSog, parameters.Panorama));
    }

    [Fact]
    public void A_request_that_breaks_a_rule_does_not_resolve()
    {
        var errors = new RequestValidationErrors();

        Assert.False(AholoTaskParametersResolver.TryResolve(AholoRequests.Scene(0), errors, out var parameters));
        Assert.Null(parameters);
        Assert.True(errors.HasErrors);
    }
}
