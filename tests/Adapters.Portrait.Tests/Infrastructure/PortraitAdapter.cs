using GenerationGateway.TestSupport.Adapters;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The portrait adapter's own host (its <c>Program</c>) in-process, talking to the simulator (and the stub photo
/// host), and receiving the simulator's callbacks once it has started.
/// </summary>
public static class PortraitAdapter
{
    public const string CallbackSecret = "test-portrait-callback-secret";

    /// <summary>The host's settings: short polls, callbacks on, then <paramref name="overrides"/>.</summary>
    public static Dictionary<string, string?> Settings(PortraitSimulator simulator, IDictionary<string, string?>? overrides = null)
    {
        var settings = PortraitAdapterHost.Settings(simulator);
        settings["Vendors:Portrait:PublicCallbackBaseUrl"] = "http://gateway.test";
        settings["Vendors:Portrait:CallbackSecret"] = CallbackSecret;
        settings["Identity:Persistence"] = "InMemory";
        settings["Vendors:Portrait:TrainingPollInterval"] = "00:00:00.300";
        settings["Vendors:Portrait:GenerationPollInterval"] = "00:00:00.300";
        settings["Workflow:InitialCheckDelay"] = "00:00:00.200";
        settings["Workflow:MaxCheckDelay"] = "00:00:00.500";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The host, not started yet; the simulator's callbacks go to it.</summary>
    public static AdapterFactory<PortraitVendorWorkflow> Create(PortraitSimulator simulator, StubPhotoHost photos, IDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var adapter = new AdapterFactory<PortraitVendorWorkflow>(Settings(simulator, overrides), () => PortraitAdapterHost.Handler(simulator, photos));
        simulator.CallbackTarget = () => adapter.Server.CreateHandler();
        return adapter;
    }
}
