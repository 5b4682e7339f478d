extern alias vendorsim;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using vendorsim::GenerationGateway.VendorSim.Portrait.Callbacks;
using vendorsim::GenerationGateway.VendorSim.RequestLog;
using SimulatorProgram = vendorsim::Program;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The real portrait simulator (services/VendorSim) in-process. On the manual clock (the default) a training ends
/// 3 s after it starts and a generation 2 s after; on the system clock both take a fraction of a second.
/// Callbacks go to whatever <see cref="CallbackTarget"/> is set to (nowhere until then).
/// </summary>
public sealed class PortraitSimulator : IDisposable
{
    public const string AppCode = "test-portrait-appcode";

    public static readonly TimeSpan TrainingTime = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan GenerationTime = TimeSpan.FromSeconds(2);

    public static readonly string[] Styles =
        ["20057d0c-8cef-447e-88d0-a8f3490fd0b0", "9ea64839-47df-4839-9823-cacac81eb933", "c505072e-66f0-4659-9b12-6da82ce6dc33"];

    readonly WebApplicationFactory<SimulatorProgram> _factory;

    public PortraitSimulator(bool realTime = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["VendorSim:Portrait:AppCode"] = AppCode,
            ["VendorSim:Portrait:TrainingWaitingDuration"] = realTime ? "00:00:00.200" : "00:00:01",
            ["VendorSim:Portrait:TrainingRunningDuration"] = realTime ? "00:00:00.400" : "00:00:02",
            ["VendorSim:Portrait:GenerationWaitingDuration"] = realTime ? "00:00:00.200" : "00:00:01",
            ["VendorSim:Portrait:GenerationRunningDuration"] = realTime ? "00:00:00.300" : "00:00:01",
            ["VendorSim:Portrait:CallbackScanInterval"] = "00:00:00.050",
        };
        _factory = new WebApplicationFactory<SimulatorProgram>().WithWebHostBuilder(host =>
        {
            host.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
            host.ConfigureTestServices(services =>
            {
                if (!realTime)
                {
                    services.AddSingleton<TimeProvider>(Time);
                }

                services.AddHttpClient(PortraitCallbackDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new ForwardingHandler(this));
            });
        });
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Where the simulator's callbacks are delivered (an adapter's in-process server); null drops them.</summary>
    public HttpMessageHandler? CallbackTarget { get; set; }

    /// <summary>The vendor host as the adapter's <c>Vendors:Portrait:BaseUrl</c> takes it.</summary>
    public Uri BaseUrl => new(_factory.Server.BaseAddress, "portrait/");

    public string Host => _factory.Server.BaseAddress.Host;

    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    /// <summary>Every request the simulated portrait vendor received, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests() =>
        _factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot(VendorRules.VendorKeys.Portrait);

    /// <summary>The requests to <c>/portrait/cloud/{endpoint}</c>.</summary>
    public IReadOnlyList<RecordedRequest> Calls(string endpoint) => [.. Requests().Where(r => r.Path == $"/portrait/cloud/{endpoint}")];

    /// <summary>Scripts faults through the control API, e.g. <c>new { kind = "gateway-error" }</c>.</summary>
    public async Task InjectAsync(params object[] faults)
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/_sim/portrait/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The callbacks the simulator sent, as its control API lists them.</summary>
    public async Task<JsonElement[]> CallbacksSentAsync()
    {
        using var http = _factory.CreateClient();
        return [.. (await http.GetFromJsonAsync<JsonElement>("/_sim/portrait/callbacks")).EnumerateArray()];
    }

    public void Dispose() => _factory.Dispose();

    sealed class ForwardingHandler(PortraitSimulator simulator) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (simulator.CallbackTarget is not { } target)
            {
                return new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
            }

            using var invoker = new HttpMessageInvoker(target, disposeHandler: false);
            return await invoker.SendAsync(request, cancellationToken);
        }
    }
}
