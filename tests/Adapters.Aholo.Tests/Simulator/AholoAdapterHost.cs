using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Simulators;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>
/// The adapter's registrations as its host makes them (<c>AholoVendorModule.AddServices</c>), on the simulator's clock, with every
/// HttpClient sent to the simulator (API, upload host, file host) except the input host's.
/// </summary>
public static class AholoAdapterHost
{
    public static Dictionary<string, string?> Settings(AholoSimulator simulator) => new()
    {
        ["Vendors:Aholo:BaseUrl"] = simulator.ApiBase.AbsoluteUri,
        ["Vendors:Aholo:AppKey"] = AholoSimulator.AppKey,
        ["Vendors:Aholo:AppSecret"] = AholoSimulator.AppSecret,
        ["Vendors:Aholo:AppUid"] = AholoSimulator.AppUid,
        ["Vendors:Aholo:StatusInterval"] = "00:00:05",
    };

    public static IHost Build(AholoSimulator simulator, StubInputHost inputs, IDictionary<string, string?>? settings = null) =>
        AdapterHost.Build(
            builder => new AholoVendorModule().AddServices(builder),
            settings ?? Settings(simulator),
            () => new RoutingHandler(simulator, (StubInputHost.Host, inputs)),
            simulator.Clock);
}
