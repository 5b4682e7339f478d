using GenerationGateway.ServiceDefaults.InMemory;
using GenerationGateway.Webhooks.Delivery;
using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>
/// The embedded default's webhook deliveries are bounded: a delivery that is no longer pending goes, with its attempts,
/// after the retention window or beyond the cap; a pending one never does.
/// </summary>
public sealed class InMemoryWebhookStoreRetentionTests
{
    const string Tenant = "tenant-retention";

    readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    InMemoryWebhookStore Store(TimeSpan keepFor, int maxEnded) =>
        new(Options.Create(new InMemoryRetentionOptions { KeepFor = keepFor, MaxEnded = maxEnded }), _clock);

    WebhookDelivery Delivery() => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        TenantId = Tenant,
        Url = new Uri("https://client.example/hooks"),
        GenerationId = Guid.NewGuid(),
        EventType = WebhookEventTypes.Completed,
        Payload = "{}",
        Status = DeliveryStatus.Pending,
        Attempts = 0,
        NextAttemptAt = _clock.GetUtcNow(),
        CreatedAt = _clock.GetUtcNow(),
        RetryUntil = _clock.GetUtcNow().AddDays(1),
    };

    async Task<WebhookDelivery> EnqueueAsync(InMemoryWebhookStore store)
    {
        var delivery = Delivery();
        await store.EnqueueAsync([delivery], TimeSpan.Zero, CancellationToken.None);
        return delivery;
    }

    Task DeliverAsync(InMemoryWebhookStore store, WebhookDelivery delivery) =>
        store.RecordAttemptAsync(
            new WebhookAttempt { DeliveryId = delivery.Id, Number = 1, StartedAt = _clock.GetUtcNow(), DurationMs = 5 },
            delivery with { Status = DeliveryStatus.Delivered, Attempts = 1, DeliveredAt = _clock.GetUtcNow() },
            CancellationToken.None);

    static async Task<IReadOnlyList<string>> ListedAsync(InMemoryWebhookStore store) =>
        [.. (await store.ListDeliveriesAsync(Tenant, null, null, 100, CancellationToken.None)).Select(delivery => delivery.Id)];

    [Fact]
    public async Task A_delivered_delivery_and_its_attempts_go_after_the_window_and_a_pending_one_stays()
    {
        var store = Store(TimeSpan.FromHours(1), maxEnded: 100);
        var delivered = await EnqueueAsync(store);
        var pending = await EnqueueAsync(store);
        await DeliverAsync(store, delivered);

        _clock.Advance(TimeSpan.FromHours(1));
        await DeliverAsync(store, await EnqueueAsync(store));

        var listed = await ListedAsync(store);
        Assert.DoesNotContain(delivered.Id, listed);
        Assert.Contains(pending.Id, listed);
        Assert.Empty(await store.ListAttemptsAsync([delivered.Id], CancellationToken.None));
        var (count, oldest) = await store.BacklogAsync(CancellationToken.None);
        Assert.Equal(1, count);
        Assert.Equal(pending.CreatedAt, oldest);
    }

    [Fact]
    public async Task Beyond_the_cap_the_oldest_ended_delivery_goes_first()
    {
        var store = Store(TimeSpan.FromDays(1), maxEnded: 2);
        var deliveries = new List<WebhookDelivery>();
        for (var i = 0; i < 3; i++)
        {
            var delivery = await EnqueueAsync(store);
            await DeliverAsync(store, delivery);
            deliveries.Add(delivery);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var listed = await ListedAsync(store);
        Assert.DoesNotContain(deliveries[0].Id, listed);
        Assert.Contains(deliveries[1].Id, listed);
        Assert.Contains(deliveries[2].Id, listed);
    }
}
