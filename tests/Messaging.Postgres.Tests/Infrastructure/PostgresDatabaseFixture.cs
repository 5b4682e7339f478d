using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>A database of its own for one test class, dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    readonly string _name = $"msgpg_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    /// <summary>The server's maintenance database, from which test databases are created and dropped.</summary>
    static string AdminConnectionString => new NpgsqlConnectionStringBuilder(TestSettings.Postgres) { Database = "postgres", Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await create.ExecuteNonQueryAsync();
        // Small pools: the server (100 connections) is shared with every other suite running on this machine.
        ConnectionString = new NpgsqlConnectionStringBuilder(TestSettings.Postgres) { Database = _name, MaxPoolSize = 10 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
