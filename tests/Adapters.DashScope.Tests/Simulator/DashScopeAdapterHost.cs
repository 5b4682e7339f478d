using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.DashScope.Tests.Simulator;

/// <summary>The adapter's registrations as its host makes them (<c>AddDashScopeVendor</c>), every HttpClient sent to the in-process simulator.</summary>
public static class DashScopeAdapterHost
{
    public static IHost Build(DashScopeSimulator simulator, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? Settings(simulator));
        builder.AddDashScopeVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler));
        return builder.Build();
    }

    public static Dictionary<string, string?> Settings(DashScopeSimulator simulator) => new()
    {
        ["Vendors:DashScope:BaseUrl"] = simulator.BaseUrl.AbsoluteUri,
        ["Vendors:DashScope:ApiKey"] = DashScopeSimulator.ApiKey,
        ["Vendors:DashScope:RateLimitBucket"] = "test-" + Guid.NewGuid().ToString("N"),
    };
}
