using System.Diagnostics;
using Npgsql;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// A RabbitMQ virtual host and a PostgreSQL database of the benchmark's own (tests/provision.sh starts the servers),
/// removed afterwards, so a run never reads another run's queues or rows.
/// </summary>
public sealed class BenchmarkInfrastructure : IAsyncDisposable
{
    static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway";

    BenchmarkInfrastructure(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ConnectionString;

    public static async Task<BenchmarkInfrastructure> CreateAsync()
    {
        var infrastructure = new BenchmarkInfrastructure("bench_" + Guid.NewGuid().ToString("N")[..12]);
        await RabbitMqCtlAsync("add_vhost", infrastructure.Name);
        await RabbitMqCtlAsync("set_permissions", "-p", infrastructure.Name, "guest", ".*", ".*", ".*");
        await ExecuteAsync($"CREATE DATABASE \"{infrastructure.Name}\"");
        return infrastructure;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        await RabbitMqCtlAsync("delete_vhost", Name);
    }

    static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
