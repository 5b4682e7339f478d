using Npgsql;
using Testcontainers.PostgreSql;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// The PostgreSQL container of this test assembly (this process), started on first use and removed after the process
/// ends (by Testcontainers' resource reaper, or by tests/run.sh by its label where the reaper cannot run). Tests
/// isolate themselves in databases of their own (<see cref="PostgresDatabase"/>).
/// </summary>
public sealed class TestDatabaseServer
{
    const string Username = "gateway";
    const string Password = "gateway";
    static readonly Lazy<TestDatabaseServer> Instance = new(() => Task.Run(StartAsync).GetAwaiter().GetResult());

    TestDatabaseServer(string connectionString) => ConnectionString = connectionString;

    /// <summary>The server of this process, started (and awaited) the first time it is asked for.</summary>
    public static TestDatabaseServer Shared => Instance.Value;

    /// <summary>The server's connection string, on the database named like the user.</summary>
    public string ConnectionString { get; }

    static async Task<TestDatabaseServer> StartAsync()
    {
        var container = new PostgreSqlBuilder(TestContainerImages.Postgres)
            .WithUsername(Username)
            .WithPassword(Password)
            .WithDatabase(Username)
            // Room for the suite's pools, and no fsync: a test server's data need not survive a power cut.
            .WithCommand("-c", "max_connections=300", "-c", "fsync=off")
            .WithLabel(TestContainerImages.RunLabel.Key, TestContainerImages.RunLabel.Value)
            .Build();
        await container.StartAsync();
        var builder = new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = Username };
        return new TestDatabaseServer(builder.ConnectionString);
    }
}
