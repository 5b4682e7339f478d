using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests;

/// <summary>One pool per database per process, sized by <c>Postgres:MaxPoolSize</c>, and one readiness check over them.</summary>
public sealed class PostgresDataSourcesTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly PostgresMigration[] Table = [new(1, "t", "CREATE TABLE IF NOT EXISTS pool_test (id integer)")];

    [Fact]
    public async Task Components_naming_one_database_differently_share_one_pool_of_the_configured_size()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var unsized = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        unsized.Remove("Maximum Pool Size");
        builder.Configuration["ConnectionStrings:First"] = unsized.ConnectionString;
        // The same database, its keys written in another order (as a second service of a composed host might).
        builder.Configuration["ConnectionStrings:Second"] = string.Join(';', unsized.ConnectionString.Split(';').Reverse());
        builder.Configuration["Postgres:MaxPoolSize"] = "7";
        builder.Services.AddPostgresSchema("First", "pool-first", Table);
        builder.Services.AddPostgresSchema("Second", "pool-second", Table);
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var first = host.Services.GetRequiredKeyedService<PostgresSchema>("pool-first").DataSource;
            var second = host.Services.GetRequiredKeyedService<PostgresSchema>("pool-second").DataSource;
            var sources = host.Services.GetRequiredService<PostgresDataSources>();

            Assert.Same(first, second);
            Assert.Single(sources.Created);
            Assert.Equal(7, new NpgsqlConnectionStringBuilder(first.ConnectionString).MaxPoolSize);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void A_pool_size_in_the_connection_string_wins_over_the_setting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:Own"] = database.ConnectionString + ";Maximum Pool Size=3";
        builder.Services.AddPostgresDataSources();
        using var host = builder.Build();

        var source = host.Services.GetRequiredService<PostgresDataSources>().Get("Own");

        Assert.Equal(3, new NpgsqlConnectionStringBuilder(source.ConnectionString).MaxPoolSize);
    }

    [Fact]
    public async Task A_pool_size_out_of_range_stops_the_start_naming_the_setting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Postgres:MaxPoolSize"] = "1";
        builder.Services.AddPostgresDataSources();
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Postgres:MaxPoolSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_one_check_that_fails_while_a_database_does_not_answer()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:Good"] = database.ConnectionString;
        builder.Configuration["ConnectionStrings:Gone"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "missing_" + Guid.NewGuid().ToString("N"), Timeout = 3 }.ConnectionString;
        builder.Services.AddPostgresSchema("Good", "ready-good", Table);
        builder.Services.AddSingleton(provider => new PostgresSchema(provider.GetRequiredService<PostgresDataSources>().Get("Gone"), "ready-gone", Table));
        using var host = builder.Build();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync(r => r.Tags.Contains("ready"));

        var entry = Assert.Single(report.Entries);
        Assert.Equal(PostgresReadinessCheck.Name, entry.Key);
        Assert.Equal(HealthStatus.Unhealthy, entry.Value.Status);
        Assert.Contains("missing_", entry.Value.Description, StringComparison.Ordinal);
    }
}
