using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>A PostgreSQL database of its own (<c>workflow_test_…</c>, small pools) for one test class, dropped afterwards.</summary>
public sealed class WorkflowDatabase : IAsyncLifetime
{
    PostgresDatabase _database = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync("workflow_test", maxPoolSize: 10);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();
}
