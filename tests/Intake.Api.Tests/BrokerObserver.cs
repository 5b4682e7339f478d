using System.Collections.Concurrent;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using MassTransit;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// A separate bus on the real RabbitMQ with a temporary queue bound like a vendor adapter's: what it
/// receives is what the broker accepted and routed to that vendor.
/// </summary>
public sealed class BrokerObserver : IAsyncDisposable
{
    readonly IBusControl _bus;
    readonly ConcurrentQueue<(GenerationRequested Message, Guid? MessageId)> _requested = new();
    readonly SemaphoreSlim _arrived = new(0);

    BrokerObserver(string vendor, string virtualHost)
    {
        var broker = new UriBuilder(TestEnvironment.RabbitMq) { Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri;
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint($"intake-tests-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.ConfigureConsumeTopology = false;
                GenerationTopology.BindVendorRouted<GenerationRequested>(endpoint, vendor);
                endpoint.Handler<GenerationRequested>(context =>
                {
                    _requested.Enqueue((context.Message, context.MessageId));
                    _arrived.Release();
                    return Task.CompletedTask;
                });
            });
        });
    }

    /// <summary>Every request received, with the message id it travelled under.</summary>
    public IReadOnlyCollection<(GenerationRequested Message, Guid? MessageId)> Requested => _requested;

    public static async Task<BrokerObserver> StartAsync(string vendor, string virtualHost)
    {
        var observer = new BrokerObserver(vendor, virtualHost);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await observer._bus.StartAsync(timeout.Token);
        return observer;
    }

    /// <summary>Waits until a request for <paramref name="generationId"/> arrived, up to a deadline.</summary>
    public async Task<bool> ReceivedAsync(Guid generationId, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!_requested.Any(received => received.Message.GenerationId == generationId))
        {
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || !await _arrived.WaitAsync(remaining))
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        _arrived.Dispose();
    }
}
