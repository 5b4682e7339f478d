using System.Diagnostics;
using Npgsql;

namespace GenerationGateway.Adapters.Aholo.Tests.Deployment;

/// <summary>
/// The real RabbitMQ and PostgreSQL the suite runs against (tests/provision.sh): a virtual host and a database of
/// this test's own, removed afterwards. Unreachable services fail the test; there is no in-memory fallback.
/// </summary>
public sealed class RealInfrastructure : IAsyncDisposable
{
    RealInfrastructure(string virtualHost, string database)
    {
        VirtualHost = virtualHost;
        Database = database;
    }

    public static Uri RabbitMqUri =>
        new(Environment.GetEnvironmentVariable("GATEWAY_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway";

    public static string Username => RabbitMqUri.UserInfo.Split(':')[0];

    public static string Password => RabbitMqUri.UserInfo.Split(':')[1];

    public string VirtualHost { get; }

    public string Database { get; }

    public string DatabaseConnectionString => new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = Database }.ConnectionString;

    public static async Task<RealInfrastructure> CreateAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var infrastructure = new RealInfrastructure("aholo-" + suffix, "aholo_workflow_" + suffix);
        await RabbitMqCtlAsync("add_vhost", infrastructure.VirtualHost);
        await RabbitMqCtlAsync("set_permissions", "-p", infrastructure.VirtualHost, Username, ".*", ".*", ".*");
        await ExecuteAsync($"CREATE DATABASE \"{infrastructure.Database}\"");
        return infrastructure;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)");
        await RabbitMqCtlAsync("delete_vhost", VirtualHost);
    }

    static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output}");
        }
    }
}
