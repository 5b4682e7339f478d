using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

public sealed class AholoVendorModuleTests : IClassFixture<AholoSimulator>, IDisposable
{
    readonly AholoSimulator _simulator;
    readonly StubInputHost _inputs = new();

    public AholoVendorModuleTests(AholoSimulator simulator)
    {
        _simulator = simulator;
    }

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void Registers_the_rules_the_workflow_and_both_clients()
    {
        using var host = AholoAdapterHost.Build(_simulator, _inputs);

        Assert.IsType<AholoRequestRules>(Assert.Single(host.Services.GetServices<IVendorRequestRules>()));
        Assert.IsType<AholoVendorWorkflow>(host.Services.GetRequiredService<AholoVendorWorkflow>());
        Assert.IsType<AholoClient>(host.Services.GetRequiredService<IAholoClient>());
        Assert.IsType<AholoUploadClient>(host.Services.GetRequiredService<IAholoUploadClient>());
        Assert.Equal(new Uri("https://openapi.kujiale.com/v2/aholo/"), new AholoOptions().BaseUrl);
    }

    [Fact]
    public async Task A_base_url_without_the_final_slash_still_reaches_the_api()
    {
        var settings = AholoAdapterHost.Settings(_simulator);
        settings["Vendors:Aholo:BaseUrl"] = _simulator.ApiBase.AbsoluteUri.TrimEnd('/');
        using var host = AholoAdapterHost.Build(_simulator, _inputs, settings);

        await host.Services.GetRequiredService<IAholoClient>().GetUploadTokenAsync(CancellationToken.None);

        Assert.Equal("/aholo/v2/aholo/upload/token", _simulator.Requests("/upload/token")[^1].Path);
    }

    [Theory]
    [InlineData("AppKey")]
    [InlineData("AppSecret")]
    [InlineData("AppUid")]
    public async Task Start_fails_without_each_credential(string setting)
    {
        var settings = AholoAdapterHost.Settings(_simulator);
        settings.Remove($"Vendors:Aholo:{setting}");
        using var host = AholoAdapterHost.Build(_simulator, _inputs, settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Vendors:Aholo:{setting} is required", failure.Message, StringComparison.Ordinal);
    }
}
