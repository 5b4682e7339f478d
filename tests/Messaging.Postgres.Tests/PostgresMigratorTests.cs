using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests;

public sealed class PostgresMigratorTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Concurrent_starts_apply_each_migration_exactly_once()
    {
        var component = $"component-{Guid.NewGuid():N}";
        var table = $"t_{Guid.NewGuid():N}";
        PostgresMigration[] migrations =
        [
            new(1, "create", $"CREATE TABLE {table} (id integer PRIMARY KEY)"),
            new(2, "seed", $"INSERT INTO {table} VALUES (1)"),
        ];
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => PostgresMigrator.ApplyAsync(dataSource, component, migrations, CancellationToken.None))));

        Assert.Equal(2, applied.Sum());
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = @c", ("c", component)));
    }

    [Fact]
    public async Task A_later_migration_is_applied_on_the_next_start()
    {
        var component = $"component-{Guid.NewGuid():N}";
        var table = $"t_{Guid.NewGuid():N}";
        var first = new PostgresMigration(1, "create", $"CREATE TABLE {table} (id integer PRIMARY KEY)");
        var second = new PostgresMigration(2, "add column", $"ALTER TABLE {table} ADD COLUMN name text");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        Assert.Equal(1, await PostgresMigrator.ApplyAsync(dataSource, component, [first], CancellationToken.None));
        Assert.Equal(1, await PostgresMigrator.ApplyAsync(dataSource, component, [first, second], CancellationToken.None));
        Assert.Equal(0, await PostgresMigrator.ApplyAsync(dataSource, component, [first, second], CancellationToken.None));

        Assert.Equal(1, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = @t AND column_name = 'name'", ("t", table)));
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_applied()
    {
        var component = $"component-{Guid.NewGuid():N}";
        var table = $"t_{Guid.NewGuid():N}";
        PostgresMigration[] migrations =
        [
            new(1, "create", $"CREATE TABLE {table} (id integer PRIMARY KEY)"),
            new(2, "broken", "SELECT * FROM a_table_that_does_not_exist"),
        ];
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        await Assert.ThrowsAsync<PostgresException>(() => PostgresMigrator.ApplyAsync(dataSource, component, migrations, CancellationToken.None));

        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = @t", ("t", table)));
    }

    [Fact]
    public async Task Migrations_out_of_order_are_rejected()
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        await Assert.ThrowsAsync<ArgumentException>(() => PostgresMigrator.ApplyAsync(
            dataSource, "out-of-order", [new(2, "second", "SELECT 1"), new(1, "first", "SELECT 1")], CancellationToken.None));
    }
}
