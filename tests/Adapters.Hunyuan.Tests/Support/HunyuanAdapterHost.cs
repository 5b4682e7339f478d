using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Simulators;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>
/// The adapter's registrations as its host makes them (<c>HunyuanVendorModule.AddServices</c>), with every HttpClient sent to the
/// simulator, except requests to the image host.
/// </summary>
public static class HunyuanAdapterHost
{
    public static IHost Build(SeaArtSimulator simulator, StubImageHost images, IDictionary<string, string?>? settings = null) =>
        AdapterHost.Build(builder => new HunyuanVendorModule().AddServices(builder), settings ?? Settings(simulator), () => new RoutingHandler(simulator, (StubImageHost.Host, images)));

    public static Dictionary<string, string?> Settings(SeaArtSimulator simulator) => new()
    {
        ["Vendors:Hunyuan:BaseUrl"] = simulator.ApiBase.AbsoluteUri,
        ["Vendors:Hunyuan:ApiKey"] = SeaArtSimulator.ApiKey,
    };
}
