using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>
/// The embedded default's results are bounded: an ended generation goes, with its feed entries, after the retention
/// window or beyond the cap; one in flight never does, and the feed's sequence keeps counting.
/// </summary>
public sealed class InMemoryGenerationStoreRetentionTests
{
    const string Tenant = "tenant-retention";

    readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    InMemoryGenerationStore Store(TimeSpan keepFor, int maxEnded) =>
        new(_clock, Options.Create(new InMemoryRetentionOptions { KeepFor = keepFor, MaxEnded = maxEnded }));

    static Task<bool> Apply(InMemoryGenerationStore store, GenerationChange change) => store.ApplyAsync(change, CancellationToken.None);

    static Task<GenerationRecord?> Find(InMemoryGenerationStore store, Guid id) => store.FindAsync(id, CancellationToken.None);

    [Fact]
    public async Task An_ended_generation_and_its_feed_go_after_the_window_and_one_in_flight_stays()
    {
        var store = Store(TimeSpan.FromHours(2), maxEnded: 100);
        var ended = Guid.NewGuid();
        var inFlight = Guid.NewGuid();
        await Apply(store, TestChanges.Requested(ended, Tenant));
        await Apply(store, TestChanges.Requested(inFlight, Tenant));
        await Apply(store, TestChanges.Completed(ended));

        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        await Apply(store, TestChanges.Accepted(inFlight));
        Assert.NotNull(await Find(store, ended));

        _clock.Advance(TimeSpan.FromSeconds(1));
        await Apply(store, TestChanges.Progressed(inFlight, GenerationStage.Processing, 40));

        Assert.Null(await Find(store, ended));
        Assert.NotNull(await Find(store, inFlight));
        var feed = await store.ReadFeedAsync(new GenerationFeedQuery { TenantId = Tenant, Limit = 100 }, CancellationToken.None);
        Assert.All(feed, entry => Assert.Equal(inFlight, entry.GenerationId));
        Assert.Equal(5, await store.LatestSequenceAsync(CancellationToken.None));
        Assert.Equal([2L, 4L, 5L], feed.Select(entry => entry.Sequence));
    }

    [Fact]
    public async Task Beyond_the_cap_the_oldest_ended_generation_goes_first()
    {
        var store = Store(TimeSpan.FromDays(1), maxEnded: 2);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = Guid.NewGuid();
            await Apply(store, TestChanges.Requested(id, Tenant));
            await Apply(store, i == 1 ? TestChanges.Failed(id) : TestChanges.Cancelled(id));
            ids.Add(id);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(await Find(store, ids[0]));
        Assert.NotNull(await Find(store, ids[1]));
        Assert.NotNull(await Find(store, ids[2]));
    }
}
