using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Simulators;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The adapter's registrations as its host makes them (<c>PortraitVendorModule.AddServices</c>), on the simulator's clock, with the
/// subject store in memory and every HttpClient sent to the simulator, except the photo host's.
/// </summary>
public static class PortraitAdapterHost
{
    public static Dictionary<string, string?> Settings(PortraitSimulator simulator) => new()
    {
        ["Vendors:Portrait:BaseUrl"] = simulator.BaseUrl.AbsoluteUri,
        ["Vendors:Portrait:AppCode"] = PortraitSimulator.AppCode,
        ["Vendors:Portrait:Persistence"] = "InMemory",
        ["Vendors:Portrait:TrainingPollInterval"] = "00:00:02",
        ["Vendors:Portrait:GenerationPollInterval"] = "00:00:01",
    };

    public static IHost Build(PortraitSimulator simulator, StubPhotoHost photos, IDictionary<string, string?>? overrides = null)
    {
        var settings = Settings(simulator);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return AdapterHost.Build(builder => new PortraitVendorModule().AddServices(builder), settings, () => Handler(simulator, photos), simulator.Clock);
    }

    /// <summary>
    /// Routes the adapter's outgoing HTTP: the photo host's requests to the stub, the simulator's to the simulator,
    /// and any other host's nowhere (a connection error, as for a vendor that cannot be reached).
    /// </summary>
    public static HttpMessageHandler Handler(PortraitSimulator simulator, StubPhotoHost photos) => new RoutingHandler(simulator, (StubPhotoHost.Host, photos));
}
