namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoCreateTests
{
    [Fact]
    public async Task A_reconstruction_of_twenty_uploaded_images_is_created()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiPostAsync("project/create-3d-recon", await aholo.ReconstructionBodyAsync(images: 20));

        answer.AssertOk();
        Assert.Equal(System.Text.Json.JsonValueKind.String, answer.D.ValueKind);
    }

    [Fact]
    public async Task A_reconstruction_of_one_image_is_created_as_seed_000_sends_it()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiPostAsync("project/create-3d-recon", await aholo.ReconstructionBodyAsync(images: 1));

        answer.AssertOk();
    }

    [Fact]
    public async Task A_reconstruction_without_resources_is_refused()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiPostAsync("project/create-3d-recon", new { scene = "model", taskQuality = "NORMAL", resources = Array.Empty<object>() });

        answer.AssertError("2001");
        Assert.Contains("resources must not be empty", answer.M, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task One_video_is_enough_for_a_reconstruction(int type)
    {
        using var aholo = AholoSimulator.Start();
        var url = await aholo.UploadAsync(AholoTestClient.Bytes(30), "walk.mp4");

        var answer = await aholo.ApiPostAsync("project/create-3d-recon", new
        {
            projectName = "hall", scene = "space", taskQuality = "HIGH",
            resources = new[] { new { name = "walk.mp4", type, url, meta = new { width = (int?)null, height = (int?)null, duration = 12.5 } } },
        });

        answer.AssertOk();
    }

    [Fact]
    public async Task A_resource_the_upload_host_did_not_issue_is_refused()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiPostAsync("project/create-3d-gen", new { resources = new[] { new { type = 0, url = "https://example.test/chair.png" } } });

        answer.AssertError("2001");
        Assert.Contains("resources[0].url is not a URL the upload host (OUS) returned", answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_upload_link_is_refused()
    {
        using var factory = AholoSimulator.Create(new Dictionary<string, string?> { ["VendorSim:Aholo:UploadLinkLifetime"] = "00:01:00" });
        using var aholo = factory.Client();
        var url = await aholo.UploadAsync(AholoTestClient.Bytes(30));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var answer = await aholo.ApiPostAsync("project/create-3d-gen", new { resources = new[] { new { type = 0, url } } });

        answer.AssertError("2001");
        Assert.Contains("has expired", answer.M, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scene", "room", "scene must be model or space")]
    [InlineData("taskQuality", "normal", "taskQuality must be LOW, NORMAL, HIGH or ULTRA")]
    [InlineData("scene", null, "scene is required")]
    [InlineData("taskQuality", null, "taskQuality is required")]
    public async Task Scene_and_quality_are_checked(string field, string? value, string message)
    {
        using var aholo = AholoSimulator.Start();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(await aholo.ReconstructionBodyAsync())!.AsObject();
        body[field] = value;

        var answer = await aholo.ApiPostAsync("project/create-3d-recon", body);

        answer.AssertError("2001");
        Assert.Contains(message, answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_level_is_0_or_1()
    {
        using var aholo = AholoSimulator.Start();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(await aholo.ReconstructionBodyAsync())!.AsObject();
        body["accessLevel"] = 2;

        (await aholo.ApiPostAsync("project/create-3d-recon", body)).AssertError("2001");
    }

    [Fact]
    public async Task A_generation_takes_a_prompt_alone()
    {
        using var aholo = AholoSimulator.Start();

        (await aholo.ApiPostAsync("project/create-3d-gen", new { projectName = "x", prompt = "a loft" })).AssertOk();
    }

    [Fact]
    public async Task A_generation_takes_one_image_with_or_without_a_prompt()
    {
        using var aholo = AholoSimulator.Start();
        var url = await aholo.UploadAsync(AholoTestClient.Bytes(30));

        (await aholo.ApiPostAsync("project/create-3d-gen", new { resources = new[] { new { name = "a.png", type = 0, url } } })).AssertOk();
        (await aholo.ApiPostAsync("project/create-3d-gen", new { prompt = "warm", resources = new[] { new { name = "a.png", type = 0, url } } })).AssertOk();
    }

    [Fact]
    public async Task A_generation_needs_a_prompt_or_an_image()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiPostAsync("project/create-3d-gen", new { projectName = "x", prompt = " " });

        answer.AssertError("2001");
        Assert.Contains("prompt or one image", answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generation_takes_at_most_one_image()
    {
        using var aholo = AholoSimulator.Start();
        var first = await aholo.UploadAsync(AholoTestClient.Bytes(30, 1));
        var second = await aholo.UploadAsync(AholoTestClient.Bytes(30, 2));

        var answer = await aholo.ApiPostAsync("project/create-3d-gen", new { resources = new[] { new { type = 0, url = first }, new { type = 0, url = second } } });

        answer.AssertError("2001");
        Assert.Contains("at most 1 image", answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generation_takes_no_video()
    {
        using var aholo = AholoSimulator.Start();
        var url = await aholo.UploadAsync(AholoTestClient.Bytes(30));

        (await aholo.ApiPostAsync("project/create-3d-gen", new { resources = new[] { new { type = 1, url } } })).AssertError("2001");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiPostAsync("project/create-3d-recon", "not an object");

        answer.AssertError("2001");
    }
}
