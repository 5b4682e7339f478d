namespace GenerationGateway.Results.Api.Tests;

/// <summary>One migrated database per test class.</summary>
public sealed class MigratedDatabaseFixture : IAsyncLifetime
{
    PostgresTestDatabase? _database;

    public PostgresTestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await _database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
