using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using MassTransit;
using MassTransit.Serialization;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>The saga table's reads and optimistic writes, without a bus.</summary>
public sealed class PostgresSagaTableTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    NpgsqlDataSource? _dataSource;

    PostgresSagaTable<ReminderState> Table { get; set; } = null!;

    public Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        Table = new PostgresSagaTable<ReminderState>(_dataSource, "reminder_state", SystemTextJsonMessageSerializer.Options, saga => saga.CurrentState);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _dataSource!.DisposeAsync();

    [Fact]
    public async Task Inserts_loads_updates_and_deletes_an_instance()
    {
        var id = NewId.NextGuid();
        var details = new ReminderDetails
        {
            Title = "dentist",
            RequestedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            Labels = { ["vendor"] = "rodin" },
        };
        var saga = new ReminderState { CorrelationId = id, CurrentState = "Collecting", Additions = 1, Notes = ["first"], Details = details };

        await Table.InsertAsync(saga, CancellationToken.None);
        var loaded = await Table.LoadAsync(id, CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal((1, "Collecting", 1), (loaded.Version, loaded.CurrentState, loaded.Additions));
        Assert.Equal(["first"], loaded.Notes);
        Assert.Equal((details.Title, details.RequestedAt), (loaded.Details!.Title, loaded.Details.RequestedAt));
        Assert.Equal("rodin", loaded.Details.Labels["vendor"]);

        loaded.CurrentState = "Reminded";
        loaded.Notes.Add("second");
        await Table.UpdateAsync(loaded, CancellationToken.None);
        var updated = await Table.LoadAsync(id, CancellationToken.None);
        Assert.NotNull(updated);
        Assert.Equal((2, "Reminded"), (updated.Version, updated.CurrentState));
        Assert.Equal(["first", "second"], updated.Notes);
        Assert.Equal("Reminded", await database.ScalarAsync<string>("SELECT current_state FROM reminder_state WHERE correlation_id = @id", ("id", id)));
        Assert.Equal("second", await database.ScalarAsync<string>("SELECT data->'notes'->>1 FROM reminder_state WHERE correlation_id = @id", ("id", id)));

        await Table.DeleteAsync(updated, CancellationToken.None);
        Assert.Null(await Table.LoadAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task A_write_based_on_a_stale_load_is_refused()
    {
        var id = NewId.NextGuid();
        await Table.InsertAsync(new ReminderState { CorrelationId = id, CurrentState = "Collecting" }, CancellationToken.None);
        var first = (await Table.LoadAsync(id, CancellationToken.None))!;
        var second = (await Table.LoadAsync(id, CancellationToken.None))!;

        first.Additions = 1;
        await Table.UpdateAsync(first, CancellationToken.None);
        second.Additions = 1;

        await Assert.ThrowsAsync<ConcurrencyException>(() => Table.UpdateAsync(second, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyException>(() => Table.DeleteAsync(second, CancellationToken.None));
        Assert.Equal(2, (await Table.LoadAsync(id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Creating_an_instance_that_exists_is_refused()
    {
        var id = NewId.NextGuid();
        await Table.InsertAsync(new ReminderState { CorrelationId = id, Notes = ["original"] }, CancellationToken.None);

        Assert.False(await Table.TryInsertAsync(new ReminderState { CorrelationId = id, Notes = ["duplicate"] }, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyException>(() => Table.InsertAsync(new ReminderState { CorrelationId = id }, CancellationToken.None));
        Assert.Equal(["original"], (await Table.LoadAsync(id, CancellationToken.None))!.Notes);
    }

    [Fact]
    public async Task The_table_is_created_by_a_recorded_migration_with_a_state_index()
    {
        await Table.Schema.EnsureCreatedAsync(CancellationToken.None);

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'saga:reminder_state'"));
        Assert.Equal(1, await database.ScalarAsync<long>(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'reminder_state' AND indexdef LIKE '%(current_state, updated_at)%'"));
    }
}
