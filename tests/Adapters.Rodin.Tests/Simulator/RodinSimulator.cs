extern alias vendorsim;

using System.Net.Http.Json;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using vendorsim::GenerationGateway.VendorSim.RequestLog;
using SimulatorProgram = vendorsim::Program;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>
/// The real vendor simulator (services/VendorSim) in-process, on a clock the test moves. Jobs wait 1 s,
/// then job <c>i</c> is done 2 × (i + 1) s later: two jobs are both done 5 s after the submit.
/// </summary>
public sealed class RodinSimulator : IDisposable
{
    public const string ApiKey = "test-rodin-key";

    public static readonly TimeSpan Waiting = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Generating = TimeSpan.FromSeconds(2);

    readonly WebApplicationFactory<SimulatorProgram> _factory;

    public RodinSimulator()
    {
        _factory = new WebApplicationFactory<SimulatorProgram>().WithWebHostBuilder(host =>
        {
            host.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["VendorSim:Rodin:ApiKey"] = ApiKey,
                ["VendorSim:Rodin:WaitingDuration"] = Waiting.ToString(),
                ["VendorSim:Rodin:GeneratingDuration"] = Generating.ToString(),
                ["VendorSim:Rodin:JobsPerTask"] = "2",
            }));
            host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        });
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public Uri ApiBase => new(_factory.Server.BaseAddress, "rodin/api/v2/");

    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    public RodinClient CreateClient(StubImageHost images, string apiKey = ApiKey, long maxImageBytes = 1024 * 1024) =>
        new(new HttpClient(CreateHandler()) { BaseAddress = ApiBase }, images, Options.Create(new RodinOptions
        {
            BaseUrl = ApiBase,
            ApiKey = apiKey,
            MaxImageBytes = maxImageBytes,
        }));

    /// <summary>Every request the simulated Rodin received, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests() =>
        _factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot(VendorRules.VendorKeys.Rodin);

    public RecordedRequest LastRequest(string path) => Requests().Last(x => x.Path == $"/rodin/api/v2/{path}");

    /// <summary>Scripts the next answers through the simulator's control API, e.g. <c>new { kind = "http-status", status = 429, endpoint = "status" }</c>.</summary>
    public async Task InjectAsync(params object[] faults)
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/_sim/rodin/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task SetBalanceAsync(decimal balance)
    {
        using var http = _factory.CreateClient();
        using var response = await http.PutAsJsonAsync("/_sim/rodin/balance", new { balance });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Forgets faults, tasks and spent credits (the request log is kept; tests read their own requests by id).</summary>
    public async Task ResetAsync()
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsync("/_sim/rodin/reset", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A request whose rules pass, resolved the way the workflow resolves it.</summary>
    public static RodinGenerateParameters Resolve(Contracts.GenerationRequested request)
    {
        var errors = new VendorRules.RequestValidationErrors();
        Assert.True(RodinGenerateParametersResolver.TryResolve(request, errors, out var parameters), errors.ToString());
        return parameters;
    }

    public void Dispose() => _factory.Dispose();
}
