using System.Text.Json.Nodes;

namespace GenerationGateway.Standalone.Tests;

/// <summary>The AI portrait vendor (simulator, with callbacks to the gateway) through the standalone gateway's public API.</summary>
public sealed class PortraitFlowTests : StandaloneGatewayTest
{
    const string Cloud = "/portrait/cloud/";
    static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G'];
    static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];


    [Fact]
    public async Task Train_and_generate_trains_the_subject_on_its_photos_and_completes_with_photos()
    {
        var (style, photo) = await FirstStyleAsync();

        var id = await Api.SubmitAsync(Request("subject-a", style, photos: Enumerable.Repeat(photo, 8)));
        var generation = await Api.CompletedAsync(id);

        await AssertPhotosAsync(generation);
        var requests = await Api.VendorRequestsAsync("portrait");
        Assert.Equal(8, requests.Count(entry => Path(entry) == Cloud + "upload_file"));
        var training = Assert.Single(requests, entry => Path(entry) == Cloud + "aigc_user_model_create");
        Assert.Equal(8, training["jsonBody"]!["img_set"]!.AsArray().Count);
        var create = Assert.Single(requests, entry => Path(entry) == Cloud + "aigc_task_create");
        Assert.Equal(style, create["jsonBody"]!["style"]!.GetValue<string>());
        Assert.Contains($"/v1/vendor-callbacks/portrait/{id}?token=", create["jsonBody"]!["callback_url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_second_request_for_the_same_subject_reuses_the_trained_model_without_training_again(bool withoutPhotos)
    {
        var catalogue = (await Api.GetJsonAsync("v1/vendors/portrait/styles"))["styles"]!.AsArray();
        var (firstStyle, secondStyle) = (catalogue[0]!["id"]!.GetValue<string>(), catalogue[1]!["id"]!.GetValue<string>());
        var photo = catalogue[0]!["templateUrl"]!.GetValue<string>();
        await Api.CompletedAsync(await Api.SubmitAsync(Request("subject-b", firstStyle, photos: Enumerable.Repeat(photo, 10))));
        var trained = await Api.VendorRequestsAsync("portrait");
        var firstCreate = Assert.Single(trained, entry => Path(entry) == Cloud + "aigc_task_create");

        // Without photos the request must say it reuses the model; with photos the trained model is still preferred.
        var reuse = Request("subject-b", secondStyle, photos: withoutPhotos ? [] : Enumerable.Repeat(photo, 8));
        if (withoutPhotos)
        {
            reuse["vendorOptions"] = new JsonObject { ["reuseTrainedModel"] = true };
        }

        var generation = await Api.CompletedAsync(await Api.SubmitAsync(reuse));

        await AssertPhotosAsync(generation);
        var requests = await Api.VendorRequestsAsync("portrait");
        Assert.Single(requests, entry => Path(entry) == Cloud + "aigc_user_model_create");
        var later = requests.Skip(trained.Count).ToList();
        Assert.DoesNotContain(later, entry => Path(entry) == Cloud + "upload_file" || Path(entry) == Cloud + "aigc_user_model_create");
        var secondCreate = Assert.Single(later, entry => Path(entry) == Cloud + "aigc_task_create");
        Assert.Equal(secondStyle, secondCreate["jsonBody"]!["style"]!.GetValue<string>());
        Assert.Equal(firstCreate["jsonBody"]!["user_id"]!.GetValue<string>(), secondCreate["jsonBody"]!["user_id"]!.GetValue<string>());
    }

    JsonObject Request(string subject, string style, IEnumerable<string> photos) => new()
    {
        ["tenantId"] = Api.TenantId,
        ["vendor"] = "portrait",
        ["kind"] = "portrait-photo-set",
        ["inputs"] = new JsonObject
        {
            ["subjectReference"] = subject,
            ["images"] = new JsonArray([.. photos.Select(url => (JsonNode)new JsonObject { ["url"] = url })]),
        },
        ["options"] = new JsonObject { ["style"] = style },
    };

    async Task<(string Style, string Photo)> FirstStyleAsync()
    {
        var first = (await Api.GetJsonAsync("v1/vendors/portrait/styles"))["styles"]![0]!;
        return (first["id"]!.GetValue<string>(), first["templateUrl"]!.GetValue<string>());
    }

    async Task AssertPhotosAsync(JsonObject generation)
    {
        var assets = generation["assets"]!.AsArray();
        Assert.Equal(4, assets.Count);
        Assert.All(assets, asset => Assert.Equal("photo", asset!["role"]!.GetValue<string>()));
        var photo = await Api.DownloadAsync(assets[0]!);
        var magic = assets[0]!["format"]!.GetValue<string>() == "png" ? PngMagic : JpegMagic;
        Assert.Equal(magic, photo[..magic.Length]);
    }

    static string Path(JsonNode entry) => entry["path"]!.GetValue<string>();
}
