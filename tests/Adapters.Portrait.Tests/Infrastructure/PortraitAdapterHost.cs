using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The adapter's registrations as its host makes them (<c>AddPortraitVendor</c>), on the simulator's clock, with the
/// subject store in memory and every HttpClient sent to the in-process simulator, except the photo host's.
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

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(simulator.Time);
        builder.AddPortraitVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SplitHandler(simulator.CreateHandler(), photos, simulator.Host)));
        return builder.Build();
    }
}
