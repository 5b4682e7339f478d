using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Tests;

public sealed class VendorSimOptionsTests
{
    // Built without WebApplicationFactory: its deferred host races the failing entry point and may surface
    // ObjectDisposedException instead of the validation error.
    private static async Task<Exception?> StartWithAsync(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.AddVendorSimulators();
        await using var app = builder.Build();
        app.MapVendorSimulators();
        var error = await Record.ExceptionAsync(() => app.StartAsync());
        if (error is null)
        {
            await app.StopAsync();
        }

        return error;
    }

    [Theory]
    [InlineData("VendorSim:Rodin:ApiKey", "")]
    [InlineData("VendorSim:Rodin:JobsPerTask", "1")]
    [InlineData("VendorSim:Rodin:FailJobProbability", "1.5")]
    [InlineData("VendorSim:Rodin:DownloadLinkLifetime", "00:00:00")]
    [InlineData("VendorSim:PublicBaseUrl", "sim/base")]
    public async Task Start_fails_with_a_message_naming_the_bad_setting(string key, string value)
    {
        var error = await StartWithAsync(key, value);

        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(key, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starts_with_the_defaults_and_an_absolute_public_base_url()
    {
        Assert.Null(await StartWithAsync("VendorSim:PublicBaseUrl", "https://sim.example.test/"));
    }
}
