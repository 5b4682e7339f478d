using GenerationGateway.TestSupport.Egress;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.TestSupport.Adapters;

/// <summary>
/// An adapter's registrations as its host makes them (<c>XxxVendorModule.AddServices</c>) on a plain host, without the bus: for the
/// vendor plug-in's own specs. Every HttpClient gets its primary handler from the test (a <see cref="Simulators.RoutingHandler"/>).
/// </summary>
public static class AdapterHost
{
    /// <param name="addVendor">The adapter's registration, e.g. <c>builder =&gt; new RodinVendorModule().AddServices(builder)</c>.</param>
    /// <param name="settings">The configuration, the only one read (no appsettings, no environment).</param>
    /// <param name="handler">Makes each HttpClient's primary handler.</param>
    /// <param name="clock">The clock the adapter runs on; the system clock when null.</param>
    public static IHost Build(
        Action<IHostApplicationBuilder> addVendor,
        IEnumerable<KeyValuePair<string, string?>> settings,
        Func<HttpMessageHandler> handler,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(addVendor);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(TestEgress.LoopbackAllowed);
        builder.Configuration.AddInMemoryCollection(settings);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        addVendor(builder);
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(handler));
        builder.Services.RouteEgressThrough(handler);
        return builder.Build();
    }
}
