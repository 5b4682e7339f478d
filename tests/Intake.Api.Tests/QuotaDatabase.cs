using GenerationGateway.Intake.Api.Storage;
using Npgsql;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>A migrated intake database of its own, and as many "replicas" (data sources of their own) on it as a test asks for.</summary>
public sealed class QuotaDatabase : IAsyncDisposable
{
    readonly List<NpgsqlDataSource> _replicas = [];

    QuotaDatabase(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static async Task<QuotaDatabase> CreateAsync()
    {
        var quotaDatabase = new QuotaDatabase(await TestDatabase.CreateAsync());
        await quotaDatabase.Replica().Schema.EnsureCreatedAsync(CancellationToken.None);
        return quotaDatabase;
    }

    /// <summary>A new connection pool on the database, as another intake process would have.</summary>
    public IntakeDatabase Replica()
    {
        var pool = NpgsqlDataSource.Create(Database.ConnectionString);
        _replicas.Add(pool);
        return IntakeDatabase.On(pool);
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
