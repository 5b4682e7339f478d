using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Infrastructure.Webhooks;
using GenerationGateway.Webhooks.Delivery;
using StandardWebhooks;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>Delivery rules, held by each store (<see cref="InMemoryWebhookDeliveryTests"/>, <see cref="PostgresWebhookDeliveryTests"/>).</summary>
public abstract class WebhookDeliverySpecs : IAsyncLifetime
{
    readonly WebhookReceiver _receiver = new();
    DeliveryHost _host = null!;
    string _tenant = null!;

    protected WebhookReceiver Receiver => _receiver;

    public async Task InitializeAsync()
    {
        _tenant = $"tenant-{Guid.NewGuid():N}";
        _host = await CreateHostAsync(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = _receiver.HostAndPort });
    }

    public virtual async Task DisposeAsync()
    {
        _host.Dispose();
        await _receiver.DisposeAsync();
    }

    /// <summary>A host with the store under test; <paramref name="settings"/> null: without the receiver allow-listed.</summary>
    protected abstract Task<DeliveryHost> CreateHostAsync(IReadOnlyDictionary<string, string?>? settings);

    [Fact]
    public async Task A_completed_generation_reaches_the_endpoint_signed_so_the_Standard_Webhooks_verifier_accepts_it()
    {
        var endpoint = await _host.AddEndpointAsync(_tenant, _receiver.Hook, WebhookEventTypes.Completed);
        var generation = await _host.CompleteGenerationAsync(_tenant);

        Assert.Equal(1, await _host.DispatchAsync());
        Assert.Equal(0, await _host.DispatchAsync());

        var received = Assert.Single(_receiver.Received);
        new StandardWebhook(endpoint.Secret).Verify(received.Body, received.Headers);
        using var body = JsonDocument.Parse(received.Body);
        Assert.Equal("generation.completed", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(generation, body.RootElement.GetProperty("data").GetProperty("id").GetGuid());
        Assert.Equal("completed", body.RootElement.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(_tenant, body.RootElement.GetProperty("data").GetProperty("tenantId").GetString());
        var delivery = await _host.SingleDeliveryAsync(_tenant, generation);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(delivery.Id, received.Id);
    }

    [Fact]
    public async Task A_failing_endpoint_gets_the_same_webhook_id_again_after_the_backoff_until_it_answers_2xx()
    {
        await _host.AddEndpointAsync(_tenant, _receiver.Hook);
        _receiver.AnswerNext(500, 500, 500);
        var generation = await _host.CompleteGenerationAsync(_tenant);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await _host.DispatchAsync());
            var pending = await _host.SingleDeliveryAsync(_tenant, generation);
            Assert.Equal(DeliveryStatus.Pending, pending.Status);
            Assert.Equal("HTTP 500", pending.LastError);
            Assert.Equal(0, await _host.DispatchAsync());
            _host.Time.SetUtcNow(pending.NextAttemptAt);
        }

        Assert.Equal(1, await _host.DispatchAsync());
        var delivery = await _host.SingleDeliveryAsync(_tenant, generation);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(4, delivery.Attempts);
        Assert.Equal(4, _receiver.Received.Count);
        Assert.All(_receiver.Received, x => Assert.Equal(delivery.Id, x.Id));
        Assert.Single(_receiver.Received.Select(x => x.Body).Distinct());
        var attempts = await _host.Store.ListAttemptsAsync([delivery.Id], CancellationToken.None);
        Assert.Equal([500, 500, 500, 200], attempts.Select(x => x.StatusCode));
    }

    [Fact]
    public async Task A_410_disables_the_endpoint_and_nothing_more_is_sent_to_it()
    {
        var endpoint = await _host.AddEndpointAsync(_tenant, _receiver.Hook);
        _receiver.AnswerNext(410);
        var first = await _host.CompleteGenerationAsync(_tenant);

        await _host.DispatchAsync();
        var second = await _host.CompleteGenerationAsync(_tenant);
        await _host.DispatchAsync();

        Assert.Single(_receiver.Received);
        Assert.Equal(DeliveryStatus.EndpointDisabled, (await _host.SingleDeliveryAsync(_tenant, first)).Status);
        Assert.Empty(await _host.Store.ListDeliveriesAsync(_tenant, null, second, 10, CancellationToken.None));
        Assert.NotNull((await _host.Store.FindEndpointAsync(_tenant, endpoint.Id, CancellationToken.None))!.DisabledAt);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        await _host.AddEndpointAsync(_tenant, _receiver.Moved);
        var generation = await _host.CompleteGenerationAsync(_tenant);

        await _host.DispatchAsync();

        Assert.Empty(_receiver.Received);
        var delivery = await _host.SingleDeliveryAsync(_tenant, generation);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal("HTTP 307", delivery.LastError);
    }

    [Fact]
    public async Task The_egress_guard_refuses_an_internal_target_nothing_is_sent_and_the_delivery_fails()
    {
        using var unguarded = await CreateHostAsync(null);
        await unguarded.AddEndpointAsync(_tenant, _receiver.Hook);
        var generation = await unguarded.CompleteGenerationAsync(_tenant);

        await unguarded.DispatchAsync();

        Assert.Empty(_receiver.Received);
        var delivery = await unguarded.SingleDeliveryAsync(_tenant, generation);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal("The egress guard refused the URL.", delivery.LastError);
    }

    [Fact]
    public async Task A_per_request_callback_is_signed_with_the_tenants_endpoint_secret_and_gets_the_terminal_event()
    {
        var endpoint = await _host.AddEndpointAsync(_tenant, _receiver.Hook, WebhookEventTypes.Accepted);
        var generation = await _host.CompleteGenerationAsync(_tenant, callback: _receiver.Hook);

        await _host.DispatchAsync();

        var received = Assert.Single(_receiver.Received);
        new StandardWebhook(endpoint.Secret).Verify(received.Body, received.Headers);
        var delivery = await _host.SingleDeliveryAsync(_tenant, generation);
        Assert.Null(delivery.EndpointId);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
    }

    [Fact]
    public async Task Progress_is_sent_at_most_once_per_interval_and_the_latest_always_goes_out()
    {
        await _host.AddEndpointAsync(_tenant, _receiver.Hook, WebhookEventTypes.Progressed);
        var generation = await _host.RequestGenerationAsync(_tenant);
        await _host.ProgressAsync(generation, 10);
        await _host.DispatchAsync();
        await _host.ProgressAsync(generation, 20);
        await _host.ProgressAsync(generation, 30);
        await _host.ProgressAsync(generation, 40);

        Assert.Equal(0, await _host.DispatchAsync());
        _host.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await _host.DispatchAsync());

        Assert.Equal(2, _receiver.Received.Count);
        Assert.Equal([10, 40], _receiver.Received.Select(x => JsonDocument.Parse(x.Body).RootElement.GetProperty("data").GetProperty("progress").GetInt32()));
    }

    [Fact]
    public async Task A_late_queue_report_does_not_move_the_generation_back_into_the_queue()
    {
        await _host.AddEndpointAsync(_tenant, _receiver.Hook, WebhookEventTypes.Progressed);
        var generation = await _host.RequestGenerationAsync(_tenant);
        var at = _host.Time.GetUtcNow();
        await _host.ReportStageAsync(generation, GenerationStage.Queued, at.AddSeconds(1), queuePosition: 3);
        await _host.ReportStageAsync(generation, GenerationStage.Submitting, at.AddSeconds(3));

        // Sent before the submit, delivered after it: neither the stage nor the queue place goes back.
        await _host.ReportStageAsync(generation, GenerationStage.Queued, at.AddSeconds(2), queuePosition: 1);
        await _host.DispatchAsync();

        var data = JsonDocument.Parse(Assert.Single(_receiver.Received).Body).RootElement.GetProperty("data");
        Assert.Equal("submitting", data.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("queue").ValueKind);

        // A real re-queue (the submit found the vendor full again), sent later, still does.
        _host.Time.Advance(TimeSpan.FromSeconds(5));
        await _host.ReportStageAsync(generation, GenerationStage.Queued, at.AddSeconds(4), queuePosition: 2);
        await _host.DispatchAsync();

        var requeued = JsonDocument.Parse(_receiver.Received[^1].Body).RootElement.GetProperty("data");
        Assert.Equal("queued", requeued.GetProperty("stage").GetString());
        Assert.Equal(2, requeued.GetProperty("queue").GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task A_redelivery_sends_a_delivered_event_again_with_the_same_webhook_id()
    {
        await _host.AddEndpointAsync(_tenant, _receiver.Hook);
        var generation = await _host.CompleteGenerationAsync(_tenant);
        await _host.DispatchAsync();
        var delivery = await _host.SingleDeliveryAsync(_tenant, generation);

        Assert.Null(await _host.Store.RedeliverAsync("another-tenant", delivery.Id, _host.Time.GetUtcNow(), _host.Time.GetUtcNow().AddDays(1), CancellationToken.None));
        Assert.NotNull(await _host.Store.RedeliverAsync(_tenant, delivery.Id, _host.Time.GetUtcNow(), _host.Time.GetUtcNow().AddDays(1), CancellationToken.None));
        await _host.DispatchAsync();

        Assert.Equal(2, _receiver.Received.Count);
        Assert.All(_receiver.Received, x => Assert.Equal(delivery.Id, x.Id));
    }
}
