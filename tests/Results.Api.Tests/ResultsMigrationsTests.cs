using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Tests;

public sealed class ResultsMigrationsTests
{
    [Fact]
    public async Task Applying_migrations_twice_changes_nothing_the_second_time()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        await database.MigrateAsync();
        await database.MigrateAsync();

        Assert.NotEmpty(ResultsMigrations.All);
        Assert.Equal(ResultsMigrations.All.Count, await database.CountAsync("SELECT count(*) FROM schema_version WHERE component = 'results'"));
        Assert.Equal(3, await database.CountAsync(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'results' AND table_name IN ('generations', 'generation_assets', 'inbox')"));
        Assert.Equal(3, await database.CountAsync(
            "SELECT count(*) FROM pg_indexes WHERE schemaname = 'results' AND indexname IN ('ix_generations_status', 'ix_generations_vendor', 'ix_generations_created_at')"));
    }

    [Fact]
    public async Task Replicas_migrating_at_once_apply_each_script_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(database.MigrateAsync)));

        Assert.Equal(ResultsMigrations.All.Count, await database.CountAsync("SELECT count(*) FROM schema_version WHERE component = 'results'"));
    }

    [Fact]
    public async Task A_database_migrated_by_the_earlier_results_migrator_is_adopted_without_running_its_scripts_again()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.ExecuteAsync(
            "CREATE SCHEMA results; CREATE TABLE results.schema_version (version integer PRIMARY KEY, script text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());" +
            string.Concat(ResultsMigrations.All.Select(m => m.Sql)) +
            "INSERT INTO results.schema_version (version, script) SELECT v, 'old' FROM generate_series(1, " + ResultsMigrations.All.Count + ") v;");

        Assert.Equal(0, await database.MigrateAsync());
        Assert.Equal(ResultsMigrations.All.Count, await database.CountAsync("SELECT count(*) FROM schema_version WHERE component = 'results'"));
    }

    [Fact]
    public void Scripts_are_numbered_in_order_without_gaps()
    {
        var versions = ResultsMigrations.All.Select(x => x.Version).ToArray();

        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
    }
}
