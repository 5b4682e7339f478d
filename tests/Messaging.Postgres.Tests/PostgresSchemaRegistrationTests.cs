using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Messaging.Postgres.Tests;

/// <summary>Other code of a service reuses the library's data sources and start-up migrations for its own tables.</summary>
public sealed class PostgresSchemaRegistrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly PostgresMigration[] LedgerMigrations =
    [
        new(1, "ledger", "CREATE TABLE test_ledger (id integer PRIMARY KEY)"),
        new(2, "ledger note", "ALTER TABLE test_ledger ADD COLUMN note text"),
    ];

    [Fact]
    public async Task A_registered_schema_is_migrated_at_start_and_shares_the_data_source()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:Ledger"] = database.ConnectionString;
        builder.Services.AddPostgresSchema("Ledger", "test-ledger", LedgerMigrations);
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var schema = host.Services.GetRequiredKeyedService<PostgresSchema>("test-ledger");
            Assert.Same(host.Services.GetRequiredService<PostgresDataSources>().Get("Ledger"), schema.DataSource);
            Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'test-ledger'"));
            await using var command = schema.DataSource.CreateCommand("INSERT INTO test_ledger (id, note) VALUES (1, 'written') RETURNING note");
            Assert.Equal("written", await command.ExecuteScalarAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void A_component_cannot_be_registered_twice()
    {
        var services = new ServiceCollection().AddPostgresSchema("Ledger", "twice", LedgerMigrations);

        Assert.Throws<InvalidOperationException>(() => services.AddPostgresSchema("Other", "twice", LedgerMigrations));
    }
}
