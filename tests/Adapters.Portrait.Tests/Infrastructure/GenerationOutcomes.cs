using System.Collections.Concurrent;
using GenerationGateway.Contracts;
using MassTransit;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>Listens on the adapter's bus, as results does, for the events that end generations.</summary>
public sealed class GenerationOutcomes
{
    readonly ConcurrentDictionary<Guid, object> _ended = new();

    GenerationOutcomes()
    {
    }

    /// <summary>Connects a receive endpoint of its own to <paramref name="bus"/>.</summary>
    public static async Task<GenerationOutcomes> ListenAsync(IBus bus)
    {
        var outcomes = new GenerationOutcomes();
        var handle = bus.ConnectReceiveEndpoint("portrait-test-outcomes-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
        {
            endpoint.Handler<GenerationCompleted>(context => outcomes.Add(context.Message.GenerationId, context.Message));
            endpoint.Handler<GenerationFailed>(context => outcomes.Add(context.Message.GenerationId, context.Message));
        });
        await handle.Ready;
        return outcomes;
    }

    /// <summary>Waits (polling, with a deadline) until <paramref name="generationId"/> has ended; returns its event.</summary>
    public async Task<object> EndedAsync(Guid generationId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_ended.TryGetValue(generationId, out var ended))
            {
                return ended;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Generation {generationId} did not end in time.");
    }

    /// <summary>Waits for <paramref name="generationId"/> to complete, failing the test with the failure otherwise.</summary>
    public async Task<GenerationCompleted> CompletedAsync(Guid generationId, TimeSpan? timeout = null)
    {
        var ended = await EndedAsync(generationId, timeout);
        return ended as GenerationCompleted
            ?? throw new Xunit.Sdk.XunitException($"Generation {generationId} failed: {System.Text.Json.JsonSerializer.Serialize(ended)}");
    }

    Task Add(Guid generationId, object message)
    {
        _ended.TryAdd(generationId, message);
        return Task.CompletedTask;
    }
}
