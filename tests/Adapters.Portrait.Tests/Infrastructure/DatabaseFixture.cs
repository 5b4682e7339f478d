using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>A PostgreSQL database of its own (<c>portrait_test_…</c>) shared by one test class, dropped afterwards.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await PostgresDatabase.CreateAsync("portrait_test");

    public Task DisposeAsync() => Database.DisposeAsync().AsTask();
}
