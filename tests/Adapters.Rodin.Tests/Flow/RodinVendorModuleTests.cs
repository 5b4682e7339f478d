using GenerationGateway.Adapters.Rodin.Tests.Simulator;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Rodin.Tests.Flow;

public sealed class RodinVendorModuleTests : IClassFixture<RodinSimulator>, IDisposable
{
    readonly RodinSimulator _simulator;
    readonly StubImageHost _images = new();

    public RodinVendorModuleTests(RodinSimulator simulator)
    {
        _simulator = simulator;
    }

    public void Dispose() => _images.Dispose();

    [Fact]
    public void Registers_the_rules_the_workflow_and_the_client()
    {
        using var host = RodinAdapterHost.Build(_simulator, _images);

        Assert.IsType<RodinRequestRules>(Assert.Single(host.Services.GetServices<IVendorRequestRules>()));
        Assert.IsType<RodinVendorWorkflow>(host.Services.GetRequiredService<RodinVendorWorkflow>());
        Assert.NotNull(host.Services.GetRequiredService<RodinVendorWorkflow>());
        Assert.IsType<RodinClient>(host.Services.GetRequiredService<IRodinClient>());
        Assert.Equal(new Uri("https://api.hyper3d.com/api/v2/"), new RodinOptions().BaseUrl);
    }

    [Fact]
    public async Task A_base_url_without_the_final_slash_still_reaches_the_api()
    {
        using var host = RodinAdapterHost.Build(_simulator, _images, new Dictionary<string, string?>
        {
            ["Vendors:Rodin:BaseUrl"] = _simulator.ApiBase.AbsoluteUri.TrimEnd('/'),
            ["Vendors:Rodin:ApiKey"] = RodinSimulator.ApiKey,
        });

        // An unknown task is refused; what matters is that the request reached the API's own path.
        await Record.ExceptionAsync(() => host.Services.GetRequiredService<IRodinClient>().DownloadAsync("no-such-task", CancellationToken.None));

        Assert.Equal("POST", _simulator.LastRequest("download").Method);
    }

    [Fact]
    public async Task Start_fails_without_an_api_key()
    {
        using var host = RodinAdapterHost.Build(_simulator, _images, new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Vendors:Rodin:ApiKey", failure.Message, StringComparison.Ordinal);
    }
}
