using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The embedded default's intake records are bounded: ended ones go after the retention window or beyond the cap, in-flight ones never.</summary>
public sealed class InMemoryIntakeStoreRetentionTests
{
    static readonly InFlightLimits Unlimited = new(MaxInFlight: 1000, MaxInFlightPerVendor: 1000);

    readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    InMemoryIntakeStore Store(TimeSpan keepFor, int maxEnded) =>
        new(Options.Create(new InMemoryRetentionOptions { KeepFor = keepFor, MaxEnded = maxEnded }), _clock);

    IntakeRecord Record(string? idempotencyKey = null) => new()
    {
        GenerationId = Guid.NewGuid(),
        TenantId = "tenant-retention",
        Vendor = "rodin",
        IdempotencyKey = idempotencyKey,
        RequestHash = "hash",
        CreatedAt = _clock.GetUtcNow(),
    };

    async Task<IntakeRecord> AdmitAsync(InMemoryIntakeStore store, string? idempotencyKey = null)
    {
        var record = Record(idempotencyKey);
        Assert.NotNull((await store.AdmitAsync(record, Unlimited, CancellationToken.None)).Record);
        return record;
    }

    [Fact]
    public async Task An_ended_record_and_its_idempotency_key_go_after_the_window_and_one_in_flight_stays()
    {
        var store = Store(TimeSpan.FromHours(1), maxEnded: 100);
        var ended = await AdmitAsync(store, "key-1");
        var inFlight = await AdmitAsync(store);
        await store.MarkEndedAsync(ended.GenerationId, TerminalStatus.Completed, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(59));
        await AdmitAsync(store);
        Assert.NotNull(await store.FindAsync(ended.GenerationId, CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(1));
        var again = Record("key-1");
        var admission = await store.AdmitAsync(again, Unlimited, CancellationToken.None);

        Assert.Null(await store.FindAsync(ended.GenerationId, CancellationToken.None));
        Assert.Equal(again.GenerationId, admission.Record!.GenerationId);
        Assert.NotNull(await store.FindAsync(inFlight.GenerationId, CancellationToken.None));
    }

    [Fact]
    public async Task Beyond_the_cap_the_oldest_ended_record_goes_first()
    {
        var store = Store(TimeSpan.FromDays(1), maxEnded: 2);
        var records = new List<IntakeRecord>();
        for (var i = 0; i < 3; i++)
        {
            var record = await AdmitAsync(store);
            await store.MarkEndedAsync(record.GenerationId, TerminalStatus.Failed, CancellationToken.None);
            records.Add(record);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(await store.FindAsync(records[0].GenerationId, CancellationToken.None));
        Assert.NotNull(await store.FindAsync(records[1].GenerationId, CancellationToken.None));
        Assert.NotNull(await store.FindAsync(records[2].GenerationId, CancellationToken.None));
    }
}
