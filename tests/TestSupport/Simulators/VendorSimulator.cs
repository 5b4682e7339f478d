using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorSim;
using GenerationGateway.VendorSim.RequestLog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace GenerationGateway.TestSupport.Simulators;

/// <summary>
/// The real vendor simulators (services/VendorSim, composed as its Program composes them) in-process on a free Kestrel
/// port of their own, seen through one vendor: its request log and its control API (<c>/_sim/{vendor}/…</c>). On a
/// clock the test moves (<see cref="Time"/>) unless told to run on real time.
/// </summary>
public abstract class VendorSimulator : IDisposable
{
    /// <summary>Where every manual clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    readonly string _vendor;
    readonly WebApplication _app;
    bool _disposed;

    /// <param name="vendor">The simulator's name in its routes and request log (<c>rodin</c>, <c>seaart</c>, …).</param>
    /// <param name="settings">The <c>VendorSim:*</c> settings; nothing else is read (no appsettings, no environment).</param>
    /// <param name="realClock">Runs on the system clock instead of <see cref="Time"/>.</param>
    /// <param name="configureServices">Replaces services after the simulator's own (e.g. where its callbacks go).</param>
    protected VendorSimulator(string vendor, IReadOnlyDictionary<string, string?> settings, bool realClock = false, Action<IServiceCollection>? configureServices = null)
    {
        _vendor = vendor;
        Clock = realClock ? TimeProvider.System : Time;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["VendorSim:EnableControlApi"] = "true", // a test's sandbox: its request log and faults are what it drives
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddVendorSimulators();
        builder.Services.AddSingleton(Clock);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        configureServices?.Invoke(builder.Services);
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapVendorSimulators();
        _app.Start();
        BaseAddress = new Uri(_app.Urls.Single() + "/");
    }

    /// <summary>The clock the test moves; the simulator runs on it unless it runs on real time.</summary>
    public ManualTimeProvider Time { get; } = new(Start);

    /// <summary>The clock the simulator runs on (and an adapter that signs its calls must sign with).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The simulator's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The simulator's host and port, which a <see cref="RoutingHandler"/> sends to it.</summary>
    public string Authority => BaseAddress.Authority;

    public IServiceProvider Services => _app.Services;

    /// <summary>A handler whose every call goes to the simulator, whatever the host (a real connection to its port).</summary>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, BaseAddress.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>A client on the simulator's root, for its control API.</summary>
    public HttpClient CreateHttpClient() => new(CreateHandler()) { BaseAddress = BaseAddress };

    /// <summary>Every request the simulated vendor received, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests() => Services.GetRequiredService<SimulatorRequestLog>().Snapshot(_vendor);

    /// <summary>Forgets every recorded request (of all the simulated vendors).</summary>
    public void ClearRequests() => Services.GetRequiredService<SimulatorRequestLog>().Clear();

    /// <summary>Scripts the next answers through the control API, e.g. <c>new { kind = "http-status", status = 429 }</c>.</summary>
    public async Task InjectAsync(params object[] faults)
    {
        using var http = CreateHttpClient();
        using var response = await http.PostAsJsonAsync(new Uri($"_sim/{_vendor}/faults", UriKind.Relative), faults);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Forgets faults and the vendor's jobs (the request log is kept; tests read their own requests).</summary>
    public async Task ResetAsync()
    {
        using var http = CreateHttpClient();
        using var response = await http.PostAsync(new Uri($"_sim/{_vendor}/reset", UriKind.Relative), null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _app.StopAsync().GetAwaiter().GetResult();
            _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
