using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Portrait;

public sealed class PortraitGenerationTests
{
    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task The_style_catalogue_lists_the_seed_styles_with_templates()
    {
        using var portrait = PortraitTestClient.Start();

        var styles = (await portrait.StylesAsync()).OkBody.EnumerateArray().ToList();

        Assert.Equal(PortraitTestClient.SeedStyles, styles.Take(3).Select(s => s.GetProperty("style").GetString()));
        Assert.Equal("仙气十足", styles[0].GetProperty("name").GetString());
        Assert.Equal("女", styles[0].GetProperty("sex").GetString());
        var template = await portrait.Http.GetAsync(new Uri(styles[0].GetProperty("template").GetString()!));
        Assert.Equal("image/png", template.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_generation_goes_waiting_running_success_with_signed_links_to_real_images()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var taskId = await GenerateAsync(factory, portrait, PortraitTestClient.SeedStyles[0]);

        var waiting = (await portrait.QueryAsync(taskId)).OkBody;
        factory.Clock.Advance(TimeSpan.FromSeconds(1.5));
        var running = (await portrait.QueryAsync(taskId)).OkBody;
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var done = (await portrait.QueryAsync(taskId)).OkBody;

        Assert.Equal((1, 0), (waiting.GetProperty("state").GetInt32(), waiting.GetProperty("result_paths").GetArrayLength()));
        Assert.Equal((2, 0), (running.GetProperty("state").GetInt32(), running.GetProperty("result_paths").GetArrayLength()));
        Assert.Equal(3, done.GetProperty("state").GetInt32());
        Assert.Equal(2, done.GetProperty("tsk_type").GetInt32());
        var paths = Paths(done);
        Assert.Equal(4, paths.Length);
        Assert.All(paths, p => Assert.EndsWith(".png", p.AbsolutePath, StringComparison.Ordinal));
        var bytes = await portrait.Http.GetByteArrayAsync(paths[0]);
        Assert.Equal(PngSignature, bytes[..8]);
    }

    [Fact]
    public async Task A_jpeg_style_yields_real_jpeg_files()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var taskId = await GenerateAsync(factory, portrait, PortraitTestClient.SeedStyles[1]);
        factory.Clock.Advance(PortraitSimFactory.GenerationTime);

        var paths = Paths((await portrait.QueryAsync(taskId)).OkBody);
        using var response = await portrait.Http.GetAsync(paths[0]);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.EndsWith(".jpg", paths[0].AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xFF, 0xD8, 0xFF], bytes[..3]);
        Assert.Equal([0xFF, 0xD9], bytes[^2..]);
    }

    [Fact]
    public async Task Result_links_expire()
    {
        using var factory = new PortraitSimFactory(new Dictionary<string, string?> { ["VendorSim:Portrait:DownloadLinkLifetime"] = "00:01:00" });
        using var portrait = factory.CreatePortraitClient();
        var taskId = await GenerateAsync(factory, portrait, PortraitTestClient.SeedStyles[0]);
        factory.Clock.Advance(PortraitSimFactory.GenerationTime);
        var link = Paths((await portrait.QueryAsync(taskId)).OkBody)[0];

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var expired = await portrait.Http.GetAsync(link);
        using var tampered = await portrait.Http.GetAsync(new Uri(link.AbsoluteUri.Replace("_1.png", "_2.png", StringComparison.Ordinal)));

        Assert.Equal(403, (int)expired.StatusCode);
        Assert.Equal(403, (int)tampered.StatusCode);
    }

    [Fact]
    public async Task A_partial_success_ends_in_state_4_with_fewer_photos()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        await portrait.EnqueueFaultsAsync("""{"kind":"generation-partial"}""");
        var taskId = await GenerateAsync(factory, portrait, PortraitTestClient.SeedStyles[0]);
        factory.Clock.Advance(PortraitSimFactory.GenerationTime);

        var done = (await portrait.QueryAsync(taskId)).OkBody;

        Assert.Equal(4, done.GetProperty("state").GetInt32());
        Assert.Equal(2, Paths(done).Length);
    }

    [Fact]
    public async Task A_failed_generation_ends_in_state_5_without_photos()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        await portrait.EnqueueFaultsAsync("""{"kind":"generation-failed"}""");
        var taskId = await GenerateAsync(factory, portrait, PortraitTestClient.SeedStyles[0]);
        factory.Clock.Advance(PortraitSimFactory.GenerationTime);

        var done = (await portrait.QueryAsync(taskId)).OkBody;

        Assert.Equal(5, done.GetProperty("state").GetInt32());
        Assert.Empty(Paths(done));
    }

    [Fact]
    public async Task An_unknown_style_is_refused()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var (_, userId) = await portrait.TrainAsync();
        factory.Clock.Advance(PortraitSimFactory.TrainingTime);

        var answer = await portrait.CreateTaskAsync(userId, "no-such-style");

        Assert.Equal(1, answer.Ret);
    }

    [Fact]
    public async Task One_trained_user_generates_many_styles()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var (_, userId) = await portrait.TrainAsync();
        factory.Clock.Advance(PortraitSimFactory.TrainingTime);

        var first = (await portrait.CreateTaskAsync(userId, PortraitTestClient.SeedStyles[0])).OkBody;
        var second = (await portrait.CreateTaskAsync(userId, PortraitTestClient.SeedStyles[2])).OkBody;

        Assert.Equal(userId, first.GetProperty("user_id").GetString());
        Assert.NotEqual(first.GetProperty("task_id").GetString(), second.GetProperty("task_id").GetString());
    }

    /// <summary>Trains a model to success, then starts a generation in <paramref name="style"/>; returns its task id.</summary>
    internal static async Task<string> GenerateAsync(PortraitSimFactory factory, PortraitTestClient portrait, string style, string? callbackUrl = null)
    {
        var (_, userId) = await portrait.TrainAsync();
        factory.Clock.Advance(PortraitSimFactory.TrainingTime);
        return (await portrait.CreateTaskAsync(userId, style, callbackUrl)).OkBody.GetProperty("task_id").GetString()!;
    }

    static Uri[] Paths(JsonElement body) => [.. body.GetProperty("result_paths").EnumerateArray().Select(p => new Uri(p.GetString()!))];
}
