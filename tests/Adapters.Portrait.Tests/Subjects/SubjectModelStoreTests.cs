using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Adapters.Portrait.Tests.Subjects;

/// <summary>The same rules for both subject stores: PostgreSQL (a database of its own) and process memory.</summary>
public sealed class SubjectModelStoreTests : IClassFixture<DatabaseFixture>, IAsyncDisposable
{
    static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    readonly PortraitDatabase _database;
    readonly Dictionary<string, ISubjectModelStore> _stores;

    public SubjectModelStoreTests(DatabaseFixture fixture)
    {
        _database = new PortraitDatabase(new PostgresSchema(
            NpgsqlDataSource.Create(fixture.Database.ConnectionString), SubjectModelMigrations.Component, SubjectModelMigrations.All));
        _stores = new()
        {
            ["postgres"] = new PostgresSubjectModelStore(_database),
            ["memory"] = new InMemorySubjectModelStore(),
        };
    }

    public static TheoryData<string> Stores => new() { "postgres", "memory" };

    public ValueTask DisposeAsync() => _database.DataSource.DisposeAsync();

    static SubjectKey NewSubject(string tenant = "tenant-a") => new(tenant, "person-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_subject_is_claimed_once_and_its_training_then_model_are_remembered(string kind)
    {
        var store = _stores[kind];
        var subject = NewSubject();
        var first = Guid.NewGuid();

        Assert.Null(await store.FindAsync(subject, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(subject, first, Now, Now.AddMinutes(-10), CancellationToken.None));
        Assert.False(await store.TryClaimAsync(subject, Guid.NewGuid(), Now, Now.AddMinutes(-10), CancellationToken.None));
        Assert.True(await store.TryClaimAsync(subject, first, Now, Now.AddMinutes(-10), CancellationToken.None));

        await store.RecordTrainingAsync(subject, first, "task-1", "U1", Now, CancellationToken.None);
        var training = await store.FindAsync(subject, CancellationToken.None);
        Assert.False(await store.TryClaimAsync(subject, Guid.NewGuid(), Now.AddHours(1), Now.AddHours(1), CancellationToken.None));
        await store.MarkTrainedAsync(subject, "task-1", Now.AddMinutes(5), CancellationToken.None);
        var trained = await store.FindAsync(subject, CancellationToken.None);

        Assert.Equal((SubjectModelStatus.Training, "task-1", "U1", first), (training!.Status, training.TrainingTaskId, training.UserId, training.GenerationId));
        Assert.Equal((SubjectModelStatus.Trained, "U1", Now.AddMinutes(5)), (trained!.Status, trained.UserId, trained.UpdatedAt));
        Assert.False(await store.TryClaimAsync(subject, Guid.NewGuid(), Now.AddDays(1), Now.AddDays(1), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_stale_claim_is_taken_over(string kind)
    {
        var store = _stores[kind];
        var subject = NewSubject();
        Assert.True(await store.TryClaimAsync(subject, Guid.NewGuid(), Now, Now.AddMinutes(-10), CancellationToken.None));
        var later = Guid.NewGuid();

        Assert.True(await store.TryClaimAsync(subject, later, Now.AddMinutes(11), Now.AddMinutes(1), CancellationToken.None));
        Assert.Equal(later, (await store.FindAsync(subject, CancellationToken.None))!.GenerationId);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_failed_training_can_be_claimed_again(string kind)
    {
        var store = _stores[kind];
        var subject = NewSubject();
        var generation = Guid.NewGuid();
        await store.RecordTrainingAsync(subject, generation, "task-1", "U1", Now, CancellationToken.None);

        await store.MarkFailedAsync(subject, "task-1", Now, CancellationToken.None);

        Assert.Equal(SubjectModelStatus.Failed, (await store.FindAsync(subject, CancellationToken.None))!.Status);
        Assert.True(await store.TryClaimAsync(subject, Guid.NewGuid(), Now, Now.AddMinutes(-10), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Only_the_current_training_marks_the_model(string kind)
    {
        var store = _stores[kind];
        var subject = NewSubject();
        await store.RecordTrainingAsync(subject, Guid.NewGuid(), "task-2", "U2", Now, CancellationToken.None);

        await store.MarkTrainedAsync(subject, "task-1", Now, CancellationToken.None);

        Assert.Equal(SubjectModelStatus.Training, (await store.FindAsync(subject, CancellationToken.None))!.Status);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Subjects_are_scoped_to_their_tenant(string kind)
    {
        var store = _stores[kind];
        var subject = NewSubject("tenant-a");
        var sameReference = subject with { TenantId = "tenant-b" };
        await store.RecordTrainingAsync(subject, Guid.NewGuid(), "task-1", "U1", Now, CancellationToken.None);
        await store.MarkTrainedAsync(subject, "task-1", Now, CancellationToken.None);

        Assert.Null(await store.FindAsync(sameReference, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(sameReference, Guid.NewGuid(), Now, Now.AddMinutes(-10), CancellationToken.None));
    }
}
