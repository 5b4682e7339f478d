using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// One vendor's adapter in a deployment: its own process on a fixed port (so a replacement keeps the callback
/// address the vendor was given) and its own workflow database (sagas, timers, submit ledger, vendor tables).
/// </summary>
public sealed class AdapterProcess : IAsyncDisposable
{
    readonly IReadOnlyDictionary<string, string> _environment;
    readonly List<ServiceProcess> _processes = [];

    AdapterProcess(VendorDeployment vendor, PostgresDatabase database, IReadOnlyDictionary<string, string> shared, Uri simulator, int port)
    {
        Vendor = vendor;
        Database = database;
        Port = port;
        _environment = ServiceEnvironment.Merge(
            shared,
            new Dictionary<string, string> { ["ConnectionStrings__Workflow"] = database.ConnectionString },
            vendor.AdapterEnvironment(simulator, BaseAddress));
    }

    public VendorDeployment Vendor { get; }

    public PostgresDatabase Database { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The process running now (the latest one after <see cref="ReplaceAsync"/>).</summary>
    public ServiceProcess Process => _processes[^1];

    /// <summary>Rows the adapter's submit ledger holds for a generation (none before the adapter's first submit made the table).</summary>
    public async Task<long> SubmitLedgerRowsAsync(Guid generationId) =>
        await Database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'submit_ledger'") == 0
            ? 0
            : await Database.ScalarAsync<long>($"SELECT count(*) FROM submit_ledger WHERE generation_id = '{generationId}'");

    /// <summary>Creates the adapter's database and starts its process; a fault point arms this first process only.</summary>
    public static async Task<AdapterProcess> StartAsync(
        VendorDeployment vendor, IReadOnlyDictionary<string, string> shared, Uri simulator, string? faultPoint = null)
    {
        var database = await PostgresDatabase.CreateAsync("e2e_" + vendor.Vendor.Replace('-', '_'));
        var adapter = new AdapterProcess(vendor, database, shared, simulator, FreePort.Next());
        try
        {
            await adapter.StartProcessAsync(faultPoint);
            return adapter;
        }
        catch
        {
            await adapter.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every process started so far, the replicas included.</summary>
    public IReadOnlyList<ServiceProcess> Processes => _processes;

    /// <summary>Starts one more replica of the adapter on the same database and broker, on a port of its own.</summary>
    public async Task<ServiceProcess> StartReplicaAsync()
    {
        var process = new ServiceProcess(Vendor.Project, _environment, FreePort.Next());
        _processes.Add(process);
        await process.StartAsync();
        return process;
    }

    /// <summary>Kills the process if it still runs (kill -9) and starts a fresh one on the same port, unarmed.</summary>
    public async Task ReplaceAsync()
    {
        Process.Kill();
        await StartProcessAsync(faultPoint: null);
    }

    async Task StartProcessAsync(string? faultPoint)
    {
        var process = new ServiceProcess(Vendor.Project, _environment, Port, faultPoint);
        _processes.Add(process);
        await process.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
