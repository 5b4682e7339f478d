using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>A PostgreSQL database of its own for one test class (tests/provision.sh starts the server), dropped afterwards.</summary>
public sealed class WorkflowDatabase : IAsyncLifetime
{
    readonly string _name = $"workflow_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    static string Server =>
        Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway";

    static string AdminConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await create.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name, MaxPoolSize = 10 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
