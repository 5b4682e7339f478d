using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Simulators;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.DashScope.Tests.Simulator;

/// <summary>The adapter's registrations as its host makes them (<c>DashScopeVendorModule.AddServices</c>), every HttpClient sent to the simulator.</summary>
public static class DashScopeAdapterHost
{
    public static IHost Build(DashScopeSimulator simulator, IDictionary<string, string?>? settings = null) =>
        AdapterHost.Build(builder => new DashScopeVendorModule().AddServices(builder), settings ?? Settings(simulator), () => new RoutingHandler(simulator));

    public static Dictionary<string, string?> Settings(DashScopeSimulator simulator) => new()
    {
        ["Vendors:DashScope:BaseUrl"] = simulator.BaseUrl.AbsoluteUri,
        ["Vendors:DashScope:ApiKey"] = DashScopeSimulator.ApiKey,
        ["Vendors:DashScope:RateLimitBucket"] = "test-" + Guid.NewGuid().ToString("N"),
    };
}
