using GenerationGateway.Intake.Api.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class PostgresIntakeStoreTests : IAsyncLifetime
{
    TestDatabase _database = null!;
    IntakeDatabase _intakeDatabase = null!;
    IntakeDatabaseMigrator _migrator = null!;
    PostgresIntakeStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _intakeDatabase = new IntakeDatabase(Options.Create(new IntakeOptions { ConnectionString = _database.ConnectionString }));
        _migrator = new IntakeDatabaseMigrator(_intakeDatabase, NullLogger<IntakeDatabaseMigrator>.Instance);
        await _migrator.MigrateAsync(CancellationToken.None);
        _store = new PostgresIntakeStore(_intakeDatabase, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await _intakeDatabase.DisposeAsync();
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

        var versions = await Task.WhenAll(_migrator.MigrateAsync(CancellationToken.None), _migrator.MigrateAsync(CancellationToken.None));

        Assert.Equal([2, 2], versions);
        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT count(*) FROM intake_schema_version"));
        Assert.Equal(record, await _store.FindAsync(record.GenerationId, CancellationToken.None));
    }

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
