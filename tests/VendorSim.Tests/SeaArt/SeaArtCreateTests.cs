using System.Text.Json.Nodes;
using GenerationGateway.VendorSim.SeaArt.Files;

namespace GenerationGateway.VendorSim.Tests.SeaArt;

/// <summary><c>POST /v1/generation</c>: the envelope, the model, and the seed's parameter rules.</summary>
public sealed class SeaArtCreateTests : SeaArtSimTests
{
    private static string Png(int width, int height) => Convert.ToBase64String(SeaArtPreviewPng.Write(width, height));

    private async Task AssertRefusedAsync(JsonObject parameters, string mentions)
    {
        var (status, body) = await SeaArt.CreateAsync(parameters);
        Assert.True(status == 400, $"Expected 400, got {status}: {body}");
        Assert.Contains(mentions, body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_a_task_with_a_20_character_id_in_progress()
    {
        var (status, body) = await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl" });

        Assert.Equal(200, status);
        Assert.Matches("^[a-z0-9]{20}$", body.GetProperty("id").GetString());
        Assert.Equal(("in_progress", SeaArtTestClient.Model), (body.GetProperty("status").GetString(), body.GetProperty("model").GetString()));
        Assert.Equal(Factory.Clock.GetUtcNow().ToUnixTimeMilliseconds(), body.GetProperty("created_at").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Takes_the_model_from_the_X_Model_header_too()
    {
        var (status, _) = await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl" }, model: null, modelHeader: SeaArtTestClient.Model);

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Refuses_a_missing_unknown_or_contradicted_model()
    {
        Assert.Equal(400, (await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl" }, model: null)).Status);
        Assert.Equal(400, (await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl" }, model: "tencent_hunyuan_3d")).Status);
        Assert.Equal(400, (await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl" }, modelHeader: "tencent_hunyuan_3d_rapid")).Status);
    }

    [Fact]
    public async Task Refuses_model_and_result_format_inside_params()
    {
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["model"] = "3.0" }, "model is not accepted");
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["result_format"] = "STL" }, "result_format");
    }

    [Theory]
    [InlineData("Normal")]
    [InlineData("LowPoly")]
    [InlineData("Geometry")]
    public async Task Normal_lowpoly_and_geometry_take_exactly_one_of_prompt_image_url_and_image_base64(string generateType)
    {
        await AssertRefusedAsync(new JsonObject { ["generate_type"] = generateType, ["prompt"] = "an owl", ["image_url"] = "https://img.test/a.png" }, "exactly one");
        await AssertRefusedAsync(new JsonObject { ["generate_type"] = generateType, ["image_url"] = "https://img.test/a.png", ["image_base64"] = Png(256, 256) }, "exactly one");
        await AssertRefusedAsync(new JsonObject { ["generate_type"] = generateType }, "exactly one");
        Assert.Equal(200, (await SeaArt.CreateAsync(new JsonObject { ["generate_type"] = generateType, ["image_base64"] = Png(256, 256) })).Status);
    }

    [Fact]
    public async Task Sketch_takes_a_prompt_with_one_image_and_no_multi_view_images()
    {
        Assert.Equal(200, (await SeaArt.CreateAsync(new JsonObject { ["generate_type"] = "Sketch", ["prompt"] = "a rocket", ["image_url"] = "https://img.test/s.png" })).Status);
        await AssertRefusedAsync(new JsonObject { ["generate_type"] = "Sketch", ["image_url"] = "https://img.test/s.png" }, "Sketch needs prompt");
        await AssertRefusedAsync(new JsonObject { ["generate_type"] = "Sketch", ["prompt"] = "a rocket" }, "Sketch needs prompt");
        await AssertRefusedAsync(
            new JsonObject
            {
                ["generate_type"] = "Sketch", ["prompt"] = "a rocket", ["image_url"] = "https://img.test/s.png",
                ["multi_view_images"] = new JsonArray(new JsonObject { ["ViewType"] = "left", ["ViewImageUrl"] = "https://img.test/l.png" }),
            },
            "not supported with generate_type Sketch");
    }

    [Fact]
    public async Task Checks_the_enumerations_and_the_face_count_range()
    {
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["generate_type"] = "normal" }, "generate_type");
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["polygon_type"] = "quad" }, "polygon_type");
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["enable_pbr"] = "yes" }, "enable_pbr");
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["face_count"] = 2_999 }, "face_count");
        await AssertRefusedAsync(new JsonObject { ["prompt"] = "an owl", ["face_count"] = 1_500_001 }, "face_count");
        Assert.Equal(200, (await SeaArt.CreateAsync(new JsonObject { ["prompt"] = "an owl", ["face_count"] = 3_000 })).Status);
    }

    [Fact]
    public async Task Ignores_what_a_generate_type_does_not_use_as_the_vendor_does()
    {
        var (status, _) = await SeaArt.CreateAsync(new JsonObject
        {
            ["generate_type"] = "Geometry", ["prompt"] = "an owl", ["enable_pbr"] = true, ["polygon_type"] = "triangle",
        });

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Counts_the_prompt_in_characters()
    {
        Assert.Equal(200, (await SeaArt.CreateAsync(new JsonObject { ["prompt"] = string.Concat(Enumerable.Repeat("猫", 1024)) })).Status);
        await AssertRefusedAsync(new JsonObject { ["prompt"] = new string('a', 1025) }, "1024 characters");
    }

    [Fact]
    public async Task Checks_base64_images_sizes_and_formats()
    {
        Assert.Equal(200, (await SeaArt.CreateAsync(new JsonObject { ["image_base64"] = Png(128, 5000) })).Status);
        await AssertRefusedAsync(new JsonObject { ["image_base64"] = Png(127, 512) }, "each side must be 128 to 5000 px");
        await AssertRefusedAsync(new JsonObject { ["image_base64"] = Png(5001, 200) }, "each side must be 128 to 5000 px");
        await AssertRefusedAsync(new JsonObject { ["image_base64"] = Convert.ToBase64String("GIF89a"u8.ToArray()) }, "not a jpg/png/webp image");
        await AssertRefusedAsync(new JsonObject { ["image_base64"] = "@@@" }, "not valid base64");
    }

    [Fact]
    public async Task Checks_multi_view_images_one_per_allowed_view()
    {
        static JsonObject WithViews(params JsonObject[] views) =>
            new() { ["image_url"] = "https://img.test/front.png", ["multi_view_images"] = new JsonArray([.. views]) };

        var ok = await SeaArt.CreateAsync(WithViews(
            new JsonObject { ["ViewType"] = "left", ["ViewImageUrl"] = "https://img.test/l.png" },
            new JsonObject { ["ViewType"] = "right_front", ["ViewImageBase64"] = Png(256, 256) }));

        Assert.Equal(200, ok.Status);
        await AssertRefusedAsync(WithViews(new JsonObject { ["ViewType"] = "front", ["ViewImageUrl"] = "https://img.test/f.png" }), "ViewType must be one of");
        await AssertRefusedAsync(WithViews(
            new JsonObject { ["ViewType"] = "back", ["ViewImageUrl"] = "https://img.test/a.png" },
            new JsonObject { ["ViewType"] = "back", ["ViewImageUrl"] = "https://img.test/b.png" }), "one image per view");
        await AssertRefusedAsync(WithViews(new JsonObject { ["ViewType"] = "top" }), "exactly one of ViewImageUrl and ViewImageBase64");
    }
}
