extern alias vendorsim;

using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using vendorsim::GenerationGateway.VendorSim.RequestLog;
using SimulatorProgram = vendorsim::Program;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>
/// The real vendor simulator (services/VendorSim) in-process. By default on a clock the test moves, with a 1 KiB
/// block size, uploads processed in 1 s and jobs going 0 (1 s) → 8 (1 s, reconstruction) → 1 (1 s) → 2 (2 s) → 3.
/// </summary>
public sealed class AholoSimulator : IDisposable
{
    public const string AppKey = "test-aholo-key";
    public const string AppSecret = "test-aholo-secret";
    public const string AppUid = "gateway-tests";
    public const int BlockSize = 1024;

    readonly WebApplicationFactory<SimulatorProgram> _factory;

    public AholoSimulator()
        : this(null, useSystemClock: false)
    {
    }

    AholoSimulator(IReadOnlyDictionary<string, string?>? overrides, bool useSystemClock)
    {
        Time = useSystemClock ? TimeProvider.System : Clock;
        var settings = new Dictionary<string, string?>
        {
            ["VendorSim:Aholo:AppKey"] = AppKey,
            ["VendorSim:Aholo:AppSecret"] = AppSecret,
            ["VendorSim:Aholo:BlockSize"] = BlockSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:01",
            ["VendorSim:Aholo:QueuedDuration"] = "00:00:01",
            ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:01",
            ["VendorSim:Aholo:WaitingDuration"] = "00:00:01",
            ["VendorSim:Aholo:RunningDuration"] = "00:00:02",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _factory = new WebApplicationFactory<SimulatorProgram>().WithWebHostBuilder(host =>
        {
            host.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
            host.ConfigureTestServices(services => services.AddSingleton(Time));
        });
    }

    /// <summary>A simulator with other settings; on the real clock when <paramref name="useSystemClock"/>.</summary>
    public static AholoSimulator With(IReadOnlyDictionary<string, string?> overrides, bool useSystemClock = false) => new(overrides, useSystemClock);

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The clock the simulator runs on (and the adapter must sign with).</summary>
    public TimeProvider Time { get; }

    public Uri ApiBase => new(_factory.Server.BaseAddress, "aholo/v2/aholo/");

    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    /// <summary>Every request the simulated Aholo received, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests() =>
        _factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot(VendorRules.VendorKeys.Aholo);

    public IReadOnlyList<RecordedRequest> Requests(string pathSuffix) =>
        [.. Requests().Where(r => r.Path.EndsWith(pathSuffix, StringComparison.Ordinal))];

    public void ClearRequests() => _factory.Services.GetRequiredService<SimulatorRequestLog>().Clear();

    /// <summary>Scripts faults through the simulator's control API, e.g. <c>new { kind = "job-status", status = 7 }</c>.</summary>
    public async Task InjectAsync(params object[] faults)
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/_sim/aholo/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Forgets faults, projects and uploads (the request log is kept).</summary>
    public async Task ResetAsync()
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsync(new Uri("/_sim/aholo/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public HttpClient CreateHttpClient() => _factory.CreateClient();

    public void Dispose() => _factory.Dispose();
}
