using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Simulators;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>
/// The adapter's registrations as its host makes them (<c>RodinVendorModule.AddServices</c>), with every HttpClient sent to the
/// simulator, except the image host's.
/// </summary>
public static class RodinAdapterHost
{
    public static IHost Build(RodinSimulator simulator, StubImageHost images, IDictionary<string, string?>? settings = null) =>
        AdapterHost.Build(
            builder => new RodinVendorModule().AddServices(builder),
            settings ?? new Dictionary<string, string?>
            {
                ["Vendors:Rodin:BaseUrl"] = simulator.ApiBase.AbsoluteUri,
                ["Vendors:Rodin:ApiKey"] = RodinSimulator.ApiKey,
            },
            () => new RoutingHandler(simulator, (StubImageHost.Host, images)));
}
