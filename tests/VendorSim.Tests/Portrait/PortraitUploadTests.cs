namespace GenerationGateway.VendorSim.Tests.Portrait;

public sealed class PortraitUploadTests
{
    [Fact]
    public async Task An_uploaded_jpeg_answers_its_storage_path_in_the_envelope()
    {
        using var portrait = PortraitTestClient.Start();

        var answer = await portrait.UploadAsync();

        var path = answer.OkBody.GetString()!;
        Assert.Matches("^user_upload/T0000000000101/[0-9a-f-]{36}\\.jpg$", path);
    }

    [Fact]
    public async Task A_png_keeps_its_own_extension()
    {
        using var portrait = PortraitTestClient.Start();

        var answer = await portrait.UploadAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        Assert.EndsWith(".png", answer.OkBody.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_with_a_non_zero_ret()
    {
        using var portrait = PortraitTestClient.Start();

        var answer = await portrait.UploadAsync("just some text"u8.ToArray());

        Assert.Equal(200, answer.Status);
        Assert.NotEqual(0, answer.Ret);
        Assert.Contains("not a JPEG", answer.Json.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_in_another_part_is_refused()
    {
        using var portrait = PortraitTestClient.Start();

        var answer = await portrait.UploadAsync(part: "image");

        Assert.NotEqual(0, answer.Ret);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_gets_the_gateway_413()
    {
        using var factory = new PortraitSimFactory(new Dictionary<string, string?> { ["VendorSim:Portrait:MaxUploadBytes"] = "100" });
        using var portrait = factory.CreatePortraitClient();

        var answer = await portrait.UploadAsync([.. PortraitTestClient.Jpeg, .. new byte[200]]);

        Assert.Equal(413, answer.Status);
        Assert.Equal("I413RL Request body too Large", answer.GatewayMessage);
    }
}
