using Microsoft.AspNetCore.Builder;

namespace GenerationGateway.Standalone.Tests;

/// <summary>One listen address moves the embedded default: every URL it points at itself follows, unless set explicitly.</summary>
public sealed class StandaloneOwnUrlsTests
{
    static WebApplication Build(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddStandalone();
        return builder.Build();
    }

    [Theory]
    [InlineData("--urls", "http://localhost:6401")]
    [InlineData("--urls=http://+:6401", null)]
    public async Task The_urls_setting_moves_the_asset_base_the_simulator_base_urls_and_the_callback_base(string first, string? second)
    {
        await using var app = Build(second is null ? [first] : [first, second]);
        var configuration = app.Configuration;

        Assert.Equal("http://localhost:6401/v1/assets/", configuration["AssetStore:PublicBaseUrl"]);
        Assert.Equal("http://localhost:6401/aholo/v2/aholo/", configuration["Vendors:Aholo:BaseUrl"]);
        Assert.Equal("http://localhost:6401", configuration["Vendors:Portrait:PublicCallbackBaseUrl"]);
        foreach (var vendor in StandaloneVendors.Modules)
        {
            var baseUrl = configuration[vendor.SettingsSection + ":BaseUrl"];
            Assert.True(baseUrl?.StartsWith("http://localhost:6401/", StringComparison.Ordinal) == true, $"'{vendor.Key}' calls {baseUrl}, not this process.");
            foreach (var (key, value) in vendor.SimulatorSettings(new Uri("http://localhost:6401/")))
            {
                Assert.Equal(value, configuration[key]);
            }
        }
    }

    [Fact]
    public async Task Without_a_urls_setting_the_embedded_default_points_at_port_5080()
    {
        await using var app = Build();

        Assert.Equal("http://localhost:5080/aholo/v2/aholo/", app.Configuration["Vendors:Aholo:BaseUrl"]);
    }

    [Fact]
    public async Task A_url_set_explicitly_still_wins()
    {
        await using var app = Build("--urls", "http://localhost:6401", "--Vendors:Rodin:BaseUrl", "https://hyperhuman.deemos.com/api/v2/");

        Assert.Equal("https://hyperhuman.deemos.com/api/v2/", app.Configuration["Vendors:Rodin:BaseUrl"]);
        Assert.Equal("http://localhost:6401/dashscope/", app.Configuration["Vendors:DashScope:BaseUrl"]);
    }

    [Fact]
    public void The_origin_of_a_wildcard_listen_address_is_localhost() =>
        Assert.Equal(new Uri("http://localhost:6402/"), StandaloneOwnUrls.Origin("http://0.0.0.0:6402;http://127.0.0.1:6403"));
}
