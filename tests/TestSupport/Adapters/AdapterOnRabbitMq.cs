using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.TestSupport.Workflow;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.TestSupport.Adapters;

/// <summary>
/// An adapter's own host (<see cref="AdapterFactory{TEntryPoint}"/>) on the real RabbitMQ, on a virtual host of its own,
/// with its workflow in a PostgreSQL database of its own (<c>ConnectionStrings:Workflow</c>), its HTTP sent to the
/// simulator and the stub hosts, and a listener on its bus for the events that end generations. It owns all of it:
/// everything is stopped, dropped or deleted on dispose.
/// </summary>
/// <param name="prefix">Names the virtual host, the database and the listener's queue (the vendor, say).</param>
/// <param name="simulator">The simulator the vendor calls go to.</param>
/// <param name="settings">The adapter's settings for that simulator; the messaging, workflow database and quick <c>Workflow:*</c> settings go under them.</param>
/// <param name="stubs">The stub hosts inputs are fetched from.</param>
public sealed class AdapterOnRabbitMq<TEntryPoint, TSimulator>(
    string prefix,
    TSimulator simulator,
    Func<TSimulator, IEnumerable<KeyValuePair<string, string?>>> settings,
    params IEnumerable<(string Host, HttpMessageHandler Stub)> stubs) : IAsyncDisposable
    where TEntryPoint : class
    where TSimulator : VendorSimulator
{
    readonly List<IAsyncDisposable> _resources = [];
    readonly (string Host, HttpMessageHandler Stub)[] _stubs = [.. stubs];

    public TSimulator Simulator { get; } = simulator;

    public RabbitMqVirtualHost VirtualHost { get; private set; } = null!;

    public PostgresDatabase Database { get; private set; } = null!;

    public AdapterFactory<TEntryPoint> Adapter { get; private set; } = null!;

    public GenerationOutcomes Outcomes { get; private set; } = null!;

    /// <summary>The adapter's bus: what is published here goes through the broker.</summary>
    public IBus Bus => Adapter.Services.GetRequiredService<IBus>();

    /// <summary>Makes the virtual host and the database, starts the adapter on them and listens on its bus.</summary>
    public async Task StartAsync()
    {
        VirtualHost = Track(await RabbitMqVirtualHost.CreateAsync(prefix));
        Database = Track(await PostgresDatabase.CreateAsync($"{prefix}_workflow"));
        var all = new Dictionary<string, string?>(VirtualHost.Settings())
        {
            ["ConnectionStrings:Workflow"] = Database.ConnectionString,
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:01",
        };
        foreach (var (key, value) in settings(Simulator))
        {
            all[key] = value;
        }

        Adapter = Track(new AdapterFactory<TEntryPoint>(all, () => new RoutingHandler(Simulator, _stubs)));
        Adapter.Start();
        Outcomes = await GenerationOutcomes.ListenAsync(Bus, prefix);
    }

    /// <summary>Stops the adapter, drops its database and virtual host (whatever of them was made), then stops the simulator.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _resources.Count - 1; i >= 0; i--)
        {
            await _resources[i].DisposeAsync();
        }

        Simulator.Dispose();
        foreach (var (_, stub) in _stubs)
        {
            stub.Dispose();
        }
    }

    T Track<T>(T resource)
        where T : IAsyncDisposable
    {
        _resources.Add(resource);
        return resource;
    }
}
