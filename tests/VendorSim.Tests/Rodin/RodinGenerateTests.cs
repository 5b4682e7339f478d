using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Rodin;

public sealed class RodinGenerateTests
{
    [Fact]
    public async Task Answers_201_with_uuid_jobs_and_a_jwt_subscription_key()
    {
        using var rodin = RodinTestClient.Start();

        var (status, body) = await rodin.SubmitAsync(0, ("prompt", "a wooden chair"), ("tier", "Gen-2"));

        Assert.Equal(201, status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("error").ValueKind);
        Assert.Equal("Submitted.", body.GetProperty("message").GetString());
        Assert.Equal("a wooden chair", body.GetProperty("prompt").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("uuid").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(body.GetProperty("submit_time").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var jobs = body.GetProperty("jobs");
        var jobUuids = jobs.GetProperty("uuids").EnumerateArray().Select(j => j.GetString()).ToList();
        Assert.Equal(2, jobUuids.Count);
        Assert.DoesNotContain(body.GetProperty("uuid").GetString(), jobUuids);
        Assert.Equal(3, jobs.GetProperty("subscription_key").GetString()!.Split('.').Length);
    }

    [Fact]
    public async Task Accepts_five_repeated_image_parts_without_a_prompt()
    {
        using var rodin = RodinTestClient.Start();

        var (status, body) = await rodin.SubmitAsync(
            5, ("condition_mode", "fuse"), ("mesh_simplify", "false"), ("TAPose", "True"), ("bbox_condition", "[100,80,60]"),
            ("addons", "HighPack"), ("seed", "65535"), ("quality_override", "150000"));

        Assert.Equal(201, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("prompt").GetString()));
    }

    [Fact]
    public async Task Honours_the_configured_number_of_jobs()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:JobsPerTask"] = "3" });
        using var rodin = factory.CreateRodinClient();

        var body = await rodin.SubmitTextAsync();

        Assert.Equal(3, body.GetProperty("jobs").GetProperty("uuids").GetArrayLength());
    }

    public static TheoryData<int, string, string, string> InvalidRequests => new()
    {
        { 6, "", "", "images" },
        { 0, "tier", "Gen-2", "prompt" },
        { 0, "prompt", "   ", "prompt" },
        { 1, "tier", "Gen-3", "tier" },
        { 1, "tier", "regular", "tier" },
        { 1, "geometry_file_format", "ply", "geometry_file_format" },
        { 1, "material", "Matte", "material" },
        { 1, "quality", "ultra", "quality" },
        { 1, "mesh_mode", "Tri", "mesh_mode" },
        { 1, "condition_mode", "merge", "condition_mode" },
        { 1, "seed", "70000", "seed" },
        { 1, "seed", "abc", "seed" },
        { 1, "mesh_smooth", "yes", "mesh_smooth" },
        { 1, "preview_render", "1", "preview_render" },
        { 1, "bbox_condition", "100,100,100", "bbox_condition" },
        { 1, "bbox_condition", "[100,100]", "bbox_condition" },
        { 1, "bbox_condition", "[100,0,100]", "bbox_condition" },
        { 1, "addons", "LowPack", "addons" },
        { 1, "texture_mode", "ultra", "texture_mode" },
        { 1, "image_label", "X", "image_label" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Rejects_bad_parameters_with_invalid_request_on_http_200(int images, string field, string value, string named)
    {
        using var rodin = RodinTestClient.Start();
        (string, string)[] fields = field.Length == 0 ? [("prompt", "a chair")] : [(field, value)];

        var (status, body) = await rodin.SubmitAsync(images, fields);

        Assert.Equal(200, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("error").GetString());
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(100m, await rodin.BalanceAsync());
    }

    public static TheoryData<string, (string, string)[]> InvalidCombinations => new()
    {
        { "material", [("tier", "Gen-2.5-High"), ("material", "None")] },
        { "geometry_instruct_mode", [("tier", "Gen-2.5-Low"), ("geometry_instruct_mode", "creative")] },
        { "is_micro", [("tier", "Gen-2.5-High"), ("is_micro", "true")] },
        { "quality_override", [("tier", "Regular"), ("quality_override", "1000")] },
        { "quality_override", [("tier", "Gen-2.5-High"), ("quality_override", "10000")] },
        { "image_label", [("image_label", "F"), ("image_label", "B")] },
        { "tier", [("tier", "Gen-2"), ("tier", "Regular")] },
    };

    [Theory]
    [MemberData(nameof(InvalidCombinations))]
    public async Task Rejects_tier_dependent_and_repeated_values(string named, (string, string)[] fields)
    {
        using var rodin = RodinTestClient.Start();

        var (status, body) = await rodin.SubmitAsync(1, fields);

        Assert.Equal(200, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("error").GetString());
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_tier_dependent_values_on_the_tiers_that_allow_them()
    {
        using var rodin = RodinTestClient.Start();

        var (status, _) = await rodin.SubmitAsync(
            2, ("tier", "Gen-2.5-Extreme-High"), ("geometry_instruct_mode", "creative"), ("is_micro", "true"),
            ("quality_override", "2000000"), ("image_label", "F"), ("image_label", "B"), ("texture_delight", "true"));

        Assert.Equal(201, status);
    }

    [Fact]
    public async Task Rejects_a_json_body_because_multipart_is_required()
    {
        using var rodin = RodinTestClient.Start();

        var (status, body) = await rodin.PostJsonAsync("rodin", new { prompt = "a chair" });

        Assert.Equal(200, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("error").GetString());
        Assert.Contains("multipart", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sketch_forces_glb_and_pbr_whatever_was_asked()
    {
        using var rodin = RodinTestClient.Start();

        var task = await rodin.SubmitTextAsync(("tier", "Sketch"), ("geometry_file_format", "stl"), ("material", "Shaded"));

        var names = (await rodin.DownloadListAsync(task)).Select(f => f.Name);
        Assert.Equal(["base_basic_pbr.glb", "preview.webp"], names);
    }
}
