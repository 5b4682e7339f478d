using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Rodin;

public sealed class RodinDownloadTests
{
    [Fact]
    public async Task List_is_partial_until_every_job_is_done()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?>
        {
            ["VendorSim:Rodin:WaitingDuration"] = "00:00:05",
            ["VendorSim:Rodin:GeneratingDuration"] = "00:00:30",
        });
        using var rodin = factory.CreateRodinClient();
        var task = await rodin.SubmitTextAsync();

        Assert.Empty(await rodin.DownloadListAsync(task));
        factory.Clock.Advance(TimeSpan.FromSeconds(35));
        Assert.Equal(["preview.webp"], (await rodin.DownloadListAsync(task)).Select(f => f.Name));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(["base_basic_pbr.glb", "preview.webp"], (await rodin.DownloadListAsync(task)).Select(f => f.Name));
    }

    [Fact]
    public async Task Links_stop_working_with_403_after_their_lifetime()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:DownloadLinkLifetime"] = "00:10:00" });
        using var rodin = factory.CreateRodinClient();
        var list = await rodin.DownloadListAsync(await rodin.SubmitTextAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        using (var fresh = await rodin.Http.GetAsync(list[0].Url))
        {
            Assert.Equal(200, (int)fresh.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var expired = await rodin.Http.GetAsync(list[0].Url);
        Assert.Equal(403, (int)expired.StatusCode);
    }

    [Fact]
    public async Task Downloading_again_gives_fresh_links()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient();
        var task = await rodin.SubmitTextAsync();
        await rodin.DownloadListAsync(task);
        factory.Clock.Advance(TimeSpan.FromHours(1));

        var list = await rodin.DownloadListAsync(task);

        using var response = await rodin.Http.GetAsync(list[0].Url);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_token_used_for_another_file_name_is_forbidden()
    {
        using var rodin = RodinTestClient.Start();
        var list = await rodin.DownloadListAsync(await rodin.SubmitTextAsync());
        var glbUrl = list.Single(f => f.Name.EndsWith(".glb", StringComparison.Ordinal)).Url.ToString();

        using var response = await rodin.Http.GetAsync(new Uri(glbUrl.Replace("base_basic_pbr.glb", "preview.webp", StringComparison.Ordinal)));

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_job_uuid_is_not_a_task_uuid()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();

        var (status, body) = await rodin.DownloadAsync(task.GetProperty("jobs").GetProperty("uuids")[0].GetString()!);

        Assert.Equal(200, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Urls_use_the_request_host_unless_a_public_base_url_is_configured()
    {
        using var embedded = new VendorSimFactory();
        using var embeddedClient = embedded.CreateRodinClient();
        var fromRequest = await embeddedClient.DownloadListAsync(await embeddedClient.SubmitTextAsync());

        using var configured = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:PublicBaseUrl"] = "https://sim.example.test/base/" });
        using var configuredClient = configured.CreateRodinClient();
        var fromOption = await configuredClient.DownloadListAsync(await configuredClient.SubmitTextAsync());

        Assert.All(fromRequest, f => Assert.StartsWith("http://localhost/rodin/files/", f.Url.ToString(), StringComparison.Ordinal));
        Assert.All(fromOption, f => Assert.StartsWith("https://sim.example.test/base/rodin/files/", f.Url.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Material_all_lists_a_pbr_and_a_shaded_model()
    {
        using var rodin = RodinTestClient.Start();

        var list = await rodin.DownloadListAsync(await rodin.SubmitTextAsync(("tier", "Gen-2"), ("material", "All")));

        Assert.Equal(["base_basic_pbr.glb", "base_basic_shaded.glb", "preview.webp"], list.Select(f => f.Name));
    }
}
