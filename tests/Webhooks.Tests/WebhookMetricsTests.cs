using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Infrastructure.Webhooks;
using GenerationGateway.Webhooks.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Webhooks.Tests;

public sealed class WebhookMetricsTests : IAsyncLifetime
{
    readonly WebhookReceiver _receiver = new();
    readonly ConcurrentQueue<(string Instrument, double Value, string? Outcome)> _measurements = new();
    readonly MeterListener _listener = new();
    DeliveryHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new DeliveryHost(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = _receiver.HostAndPort });
        // This host's meter only (the factory hands out one meter per name): other tests' hosts record in parallel.
        var meter = _host.Services.GetRequiredService<IMeterFactory>().Create(GatewayTelemetry.Name);
        _host.Services.GetRequiredService<WebhookMetrics>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name.StartsWith("gateway.webhook.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        _host.Dispose();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Each_attempt_counts_by_outcome_with_its_latency_on_the_gateways_meter()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        await _host.AddEndpointAsync(tenant, _receiver.Hook, WebhookEventTypes.Completed);
        _receiver.AnswerNext(500);
        var generation = await _host.CompleteGenerationAsync(tenant);

        await _host.DispatchAsync();
        _host.Time.SetUtcNow((await _host.SingleDeliveryAsync(tenant, generation)).NextAttemptAt);
        await _host.DispatchAsync();

        var counts = _measurements.Where(x => x.Instrument == WebhookMetrics.Deliveries).Select(x => x.Outcome).ToList();
        Assert.Equal(["retrying", "delivered"], counts);
        Assert.Equal(2, _measurements.Count(x => x.Instrument == WebhookMetrics.AttemptDuration));
    }

    void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? outcome = null;
        foreach (var tag in tags)
        {
            if (tag.Key == WebhookMetrics.OutcomeTag)
            {
                outcome = tag.Value as string;
            }
        }

        _measurements.Enqueue((instrument.Name, value, outcome));
    }
}
