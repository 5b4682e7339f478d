using GenerationGateway.Results.Api.Storage;
using GenerationGateway.TestSupport.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>A uniquely named database on the test PostgreSQL (<see cref="TestEnvironment"/>), dropped on dispose.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    readonly string _serverConnectionString;

    PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        Database = new ResultsDatabase(NpgsqlDataSource.Create(ConnectionString));
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public ResultsDatabase Database { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = TestEnvironment.PostgresConnectionString;
        var database = new PostgresTestDatabase(server, $"results_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    public Task MigrateAsync() => new PostgresMigrator(Database, NullLogger<PostgresMigrator>.Instance).ApplyAsync(CancellationToken.None);

    public async Task<long> CountAsync(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
