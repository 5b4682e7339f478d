using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// A RabbitMQ virtual host and a PostgreSQL database of the benchmark's own (tests/provision.sh starts the servers),
/// removed afterwards, so a run never reads another run's queues or rows.
/// </summary>
public sealed class BenchmarkInfrastructure : IAsyncDisposable
{
    BenchmarkInfrastructure(RabbitMqVirtualHost virtualHost, PostgresDatabase database)
    {
        VirtualHost = virtualHost;
        Database = database;
    }

    public RabbitMqVirtualHost VirtualHost { get; }

    public PostgresDatabase Database { get; }

    public static async Task<BenchmarkInfrastructure> CreateAsync()
    {
        var virtualHost = await RabbitMqVirtualHost.CreateAsync("bench");
        try
        {
            return new BenchmarkInfrastructure(virtualHost, await PostgresDatabase.CreateAsync("bench"));
        }
        catch
        {
            await virtualHost.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
