using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class PostgresIntakeStoreTests : IAsyncLifetime
{
    TestDatabase _database = null!;
    NpgsqlDataSource _pool = null!;
    IntakeDatabase _intakeDatabase = null!;
    PostgresIntakeStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _pool = NpgsqlDataSource.Create(_database.ConnectionString);
        _intakeDatabase = IntakeDatabase.On(_pool);
        await _intakeDatabase.Schema.EnsureCreatedAsync(CancellationToken.None);
        _store = new PostgresIntakeStore(_intakeDatabase, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await _pool.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Stores_a_new_generation_unpublished_and_finds_it_by_id()
    {
        var record = NewRecord("tenant-a", "key-1");

        var stored = await AddOrGetAsync(record, CancellationToken.None);
        var found = await _store.FindAsync(record.GenerationId, CancellationToken.None);

        Assert.Equal(record, stored);
        Assert.Equal(record, found);
        Assert.False(found!.Published);
    }

    [Fact]
    public async Task Returns_the_earlier_generation_when_a_tenant_repeats_an_idempotency_key()
    {
        var first = NewRecord("tenant-a", "key-1");
        var repeat = NewRecord("tenant-a", "key-1") with { RequestHash = "other" };

        await AddOrGetAsync(first, CancellationToken.None);
        var stored = await AddOrGetAsync(repeat, CancellationToken.None);

        Assert.Equal(first, stored);
        Assert.Null(await _store.FindAsync(repeat.GenerationId, CancellationToken.None));
    }

    [Fact]
    public async Task Settles_concurrent_repeats_of_a_key_on_one_generation()
    {
        var attempts = Enumerable.Range(0, 8).Select(_ => NewRecord("tenant-a", "key-1")).ToArray();

        var stored = await Task.WhenAll(attempts.Select(record => AddOrGetAsync(record, CancellationToken.None)));

        var winner = Assert.Single(stored.Select(record => record.GenerationId).Distinct());
        Assert.Contains(winner, attempts.Select(record => record.GenerationId));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM intake_generations"));
    }

    [Fact]
    public async Task Keeps_the_same_key_of_different_tenants_and_keyless_generations_apart()
    {
        var records = new[]
        {
            NewRecord("tenant-a", "key-1"),
            NewRecord("tenant-b", "key-1"),
            NewRecord("tenant-a", idempotencyKey: null),
            NewRecord("tenant-a", idempotencyKey: null),
        };

        foreach (var record in records)
        {
            Assert.Equal(record, await AddOrGetAsync(record, CancellationToken.None));
        }

        Assert.Equal(4L, await _database.ScalarAsync<long>("SELECT count(*) FROM intake_generations"));
    }

    [Fact]
    public async Task Marks_a_generation_published()
    {
        var record = NewRecord("tenant-a", "key-1");
        await AddOrGetAsync(record, CancellationToken.None);

        await _store.MarkPublishedAsync(record.GenerationId, CancellationToken.None);

        Assert.True((await _store.FindAsync(record.GenerationId, CancellationToken.None))!.Published);
        Assert.True((await AddOrGetAsync(NewRecord("tenant-a", "key-1"), CancellationToken.None)).Published);
        Assert.NotNull(await _database.ScalarAsync<DateTime?>(
            "SELECT published_at FROM intake_generations WHERE generation_id = @id", ("id", record.GenerationId)));
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        var record = NewRecord("tenant-a", "key-1");
        await AddOrGetAsync(record, CancellationToken.None);

        var ran = await Task.WhenAll(Migrate(), Migrate());

        Assert.Equal([0, 0], ran);
        Assert.Equal((long)IntakeDatabaseMigrations.All.Count, await _database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'intake'"));
        Assert.Equal(record, await _store.FindAsync(record.GenerationId, CancellationToken.None));
    }

    [Fact]
    public async Task A_database_migrated_by_the_earlier_intake_migrator_is_adopted_without_running_its_steps_again()
    {
        await using var legacy = await TestDatabase.CreateAsync();
        await using var pool = NpgsqlDataSource.Create(legacy.ConnectionString);
        await using (var setUp = pool.CreateCommand(
            "CREATE TABLE intake_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());" +
            "INSERT INTO intake_schema_version (version) VALUES (1), (2);" +
            IntakeDatabaseMigrations.All[0].Sql + IntakeDatabaseMigrations.All[1].Sql))
        {
            await setUp.ExecuteNonQueryAsync();
        }

        var database = IntakeDatabase.On(pool);
        await database.Schema.EnsureCreatedAsync(CancellationToken.None);

        // The two adopted steps plus the steps released after the earlier migrator.
        Assert.Equal((long)IntakeDatabaseMigrations.All.Count, await legacy.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'intake'"));
        var record = NewRecord("tenant-a", "key-legacy");
        var store = new PostgresIntakeStore(database, TimeProvider.System);
        Assert.Equal(record, (await store.AdmitAsync(record, InFlightLimits.Unlimited, CancellationToken.None)).Record);
    }

    Task<int> Migrate() =>
        PostgresMigrator.ApplyAsync(_pool, IntakeDatabaseMigrations.Component, IntakeDatabaseMigrations.All, CancellationToken.None, IntakeDatabaseMigrations.LegacyVersionTable);

    async Task<IntakeRecord> AddOrGetAsync(IntakeRecord record, CancellationToken cancellationToken) =>
        (await _store.AdmitAsync(record, InFlightLimits.Unlimited, cancellationToken)).Record!;

    static IntakeRecord NewRecord(string tenantId, string? idempotencyKey) => new()
    {
        GenerationId = Guid.CreateVersion7(),
        TenantId = tenantId,
        Vendor = FakeVendorRules.Key,
        IdempotencyKey = idempotencyKey,
        RequestHash = "0f1e2d3c",
        // PostgreSQL keeps microseconds.
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
    };
}
