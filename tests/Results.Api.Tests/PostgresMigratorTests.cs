using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Tests;

public sealed class PostgresMigratorTests
{
    [Fact]
    public async Task Applying_migrations_twice_changes_nothing_the_second_time()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        await database.MigrateAsync();
        await database.MigrateAsync();

        Assert.NotEmpty(PostgresMigrator.Scripts());
        Assert.Equal(PostgresMigrator.Scripts().Count, await database.CountAsync("SELECT count(*) FROM results.schema_version"));
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

        Assert.Equal(PostgresMigrator.Scripts().Count, await database.CountAsync("SELECT count(*) FROM results.schema_version"));
    }

    [Fact]
    public void Scripts_are_numbered_in_order_without_gaps()
    {
        var versions = PostgresMigrator.Scripts().Select(x => x.Version).ToArray();

        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
    }
}
