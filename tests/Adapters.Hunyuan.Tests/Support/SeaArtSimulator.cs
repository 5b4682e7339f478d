extern alias vendorsim;

using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using vendorsim::GenerationGateway.VendorSim.RequestLog;
using SimulatorProgram = vendorsim::Program;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>
/// The real vendor simulator (services/VendorSim) in-process, on a clock the test moves, or on the real clock for
/// saga specs. A task is queued 1 s, then generates 4 s: progress 0.5 at 3 s, completed at 5 s.
/// </summary>
public sealed class SeaArtSimulator : IDisposable
{
    public const string ApiKey = "test-seaart-key";

    public static readonly TimeSpan InQueue = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Generating = TimeSpan.FromSeconds(4);

    readonly WebApplicationFactory<SimulatorProgram> _factory;

    public SeaArtSimulator()
        : this(realClock: false)
    {
    }

    SeaArtSimulator(bool realClock)
    {
        _factory = new WebApplicationFactory<SimulatorProgram>().WithWebHostBuilder(host =>
        {
            host.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["VendorSim:SeaArt:ApiKey"] = ApiKey,
                ["VendorSim:SeaArt:InQueueDuration"] = (realClock ? TimeSpan.FromMilliseconds(100) : InQueue).ToString(),
                ["VendorSim:SeaArt:GeneratingDuration"] = (realClock ? TimeSpan.FromMilliseconds(300) : Generating).ToString(),
            }));
            if (!realClock)
            {
                host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
            }
        });
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public Uri ApiBase => new(_factory.Server.BaseAddress, "seaart/model/");

    /// <summary>A simulator whose tasks run on the real clock, quickly (0.1 s queued, 0.3 s generating).</summary>
    public static SeaArtSimulator OnRealClock() => new(realClock: true);

    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    public HunyuanClient CreateClient(string apiKey = ApiKey) =>
        new(new HttpClient(CreateHandler()) { BaseAddress = ApiBase }, Options.Create(new HunyuanOptions { BaseUrl = ApiBase, ApiKey = apiKey }));

    /// <summary>Every request the simulated gateway received, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests() =>
        _factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot("seaart");

    public IReadOnlyList<RecordedRequest> Creates() => [.. Requests().Where(x => x.Method == "POST" && x.Path == "/seaart/model/v1/generation")];

    public RecordedRequest LastCreate() => Creates()[^1];

    /// <summary>Scripts the next answers through the simulator's control API, e.g. <c>new { kind = "task-failed", code = "13001097" }</c>.</summary>
    public async Task InjectAsync(params object[] faults)
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/_sim/seaart/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Forgets faults and tasks (the request log is kept; tests read their own requests).</summary>
    public async Task ResetAsync()
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsync("/_sim/seaart/reset", null);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _factory.Dispose();
}
