using GenerationGateway.Results.Api.Storage;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.Messaging.Postgres.Migrations;
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
        Database = ResultsDatabase.On(NpgsqlDataSource.Create(ConnectionString));
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

    /// <summary>Runs the migrator as a starting replica would (several may run at once).</summary>
    public Task<int> MigrateAsync() => PostgresMigrator.ApplyAsync(
        Database.DataSource, ResultsMigrations.Component, ResultsMigrations.All, CancellationToken.None, ResultsMigrations.LegacyVersionTable);

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DataSource.DisposeAsync();
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
