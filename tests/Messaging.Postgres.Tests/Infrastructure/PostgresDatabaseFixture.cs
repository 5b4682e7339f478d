using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>A database of its own (<c>msgpg_test_…</c>, small pools) for one test class, dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    PostgresDatabase _database = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync("msgpg_test", maxPoolSize: 10);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    public Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters) => _database.ScalarAsync<T>(sql, parameters);
}
