using Npgsql;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// A database of its own on the test PostgreSQL (<see cref="TestEnvironment.PostgresConnectionString"/>), for one
/// service in one run; dropped on dispose (open connections are closed first).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    /// <summary>PostgreSQL's limit on an identifier.</summary>
    const int MaxNameLength = 63;

    PostgresDatabase(string name, int? maxPoolSize)
    {
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = name };
        if (maxPoolSize is { } max)
        {
            builder.MaxPoolSize = max;
        }

        ConnectionString = builder.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Creates <c>{prefix}_{guid}</c> (cut to PostgreSQL's 63 characters). A <paramref name="maxPoolSize"/> keeps a
    /// suite's pools small: the server's 100 connections are shared with every other suite running on the machine.
    /// </summary>
    public static async Task<PostgresDatabase> CreateAsync(string prefix, int? maxPoolSize = null)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        var database = new PostgresDatabase(name[..Math.Min(name.Length, MaxNameLength)], maxPoolSize);
        await OnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>The first column of the first row <paramref name="sql"/> answers in this database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Drops the database, closing first the pooled connections the code under test left open to it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    static async Task OnServerAsync(string sql)
    {
        await using var server = NpgsqlDataSource.Create(TestEnvironment.PostgresConnectionString);
        await using var command = server.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
