using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace GenerationGateway.VendorSim.Tests;

/// <summary>The control API under <c>/_sim</c> exists only on a host that a setting makes a sandbox; the vendor APIs always.</summary>
public sealed class ControlApiTests
{
    static readonly string[] ControlRoutes =
        ["/_sim/requests", "/_sim/rodin/faults", "/_sim/seaart/faults", "/_sim/dashscope/faults", "/_sim/aholo/faults", "/_sim/portrait/faults"];

    [Theory]
    [InlineData(null, "Production")]
    [InlineData("false", "Production")]
    [InlineData(null, "Development")]
    public async Task Without_the_setting_no_control_route_is_mapped(string? enabled, string environment)
    {
        await using var app = await StartAsync(enabled, environment);
        using var client = app.GetTestClient();

        foreach (var route in ControlRoutes)
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {route}: {(int)response.StatusCode}");
        }

        using var vendorApi = await client.GetAsync(new Uri("/rodin/api/v2/check_balance", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.NotFound, vendorApi.StatusCode);
    }

    [Fact]
    public async Task With_the_setting_every_control_route_answers()
    {
        await using var app = await StartAsync("true", "Production");
        using var client = app.GetTestClient();

        foreach (var route in ControlRoutes)
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {route}: {(int)response.StatusCode}");
        }
    }

    static async Task<WebApplication> StartAsync(string? enabled, string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        if (enabled is not null)
        {
            builder.Configuration.AddInMemoryCollection([new("VendorSim:EnableControlApi", enabled)]);
        }

        builder.AddVendorSimulators();
        var app = builder.Build();
        app.MapVendorSimulators();
        await app.StartAsync();
        return app;
    }
}
