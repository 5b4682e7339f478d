using GenerationGateway.Intake.Api.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>A migrated intake database of its own, and as many "replicas" (data sources of their own) on it as a test asks for.</summary>
public sealed class QuotaDatabase : IAsyncDisposable
{
    readonly List<IntakeDatabase> _replicas = [];

    QuotaDatabase(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static async Task<QuotaDatabase> CreateAsync()
    {
        var quotaDatabase = new QuotaDatabase(await TestDatabase.CreateAsync());
        await new IntakeDatabaseMigrator(quotaDatabase.Replica(), NullLogger<IntakeDatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return quotaDatabase;
    }

    /// <summary>A new connection pool on the database, as another intake process would have.</summary>
    public IntakeDatabase Replica()
    {
        var replica = new IntakeDatabase(Options.Create(new IntakeOptions { ConnectionString = Database.ConnectionString }));
        _replicas.Add(replica);
        return replica;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
