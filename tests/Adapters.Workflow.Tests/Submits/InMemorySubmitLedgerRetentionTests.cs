using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Adapters.Workflow.Tests.Submits;

/// <summary>The embedded default's submit ledger is bounded: an accepted submit goes after the window or beyond the cap; an unanswered intent never does.</summary>
public sealed class InMemorySubmitLedgerRetentionTests
{
    readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    InMemorySubmitLedger Ledger(TimeSpan keepFor, int maxEnded) =>
        new(_clock, Options.Create(new InMemoryRetentionOptions { KeepFor = keepFor, MaxEnded = maxEnded }));

    static async Task<Guid> AcceptedAsync(InMemorySubmitLedger ledger)
    {
        var id = Guid.NewGuid();
        await ledger.RecordIntentAsync(id, "rodin", CancellationToken.None);
        await ledger.RecordAcceptedAsync(id, new SubmitOutcome { VendorJobId = "job-" + id.ToString("N") }, CancellationToken.None);
        return id;
    }

    [Fact]
    public async Task An_accepted_submit_goes_after_the_window_and_an_unanswered_intent_stays()
    {
        var ledger = Ledger(TimeSpan.FromHours(1), maxEnded: 100);
        var intent = Guid.NewGuid();
        await ledger.RecordIntentAsync(intent, "rodin", CancellationToken.None);
        var accepted = await AcceptedAsync(ledger);

        _clock.Advance(TimeSpan.FromMinutes(59));
        await AcceptedAsync(ledger);
        Assert.NotNull(await ledger.FindAsync(accepted, CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await AcceptedAsync(ledger);

        Assert.Null(await ledger.FindAsync(accepted, CancellationToken.None));
        Assert.NotNull(await ledger.FindAsync(intent, CancellationToken.None));
    }

    [Fact]
    public async Task Beyond_the_cap_the_oldest_accepted_submit_goes_first()
    {
        var ledger = Ledger(TimeSpan.FromDays(1), maxEnded: 2);
        var first = await AcceptedAsync(ledger);
        var second = await AcceptedAsync(ledger);
        var third = await AcceptedAsync(ledger);

        Assert.Null(await ledger.FindAsync(first, CancellationToken.None));
        Assert.NotNull(await ledger.FindAsync(second, CancellationToken.None));
        Assert.NotNull(await ledger.FindAsync(third, CancellationToken.None));
    }
}
