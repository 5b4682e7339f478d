using System.Collections.Concurrent;
using System.Text.Json;
using GenerationGateway.Contracts;
using MassTransit;

namespace GenerationGateway.TestSupport.Workflow;

/// <summary>Listens on a bus, as results does, for the events that end generations (completed or failed).</summary>
public sealed class GenerationOutcomes
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    readonly ConcurrentDictionary<Guid, TaskCompletionSource<object>> _ended = new();

    GenerationOutcomes()
    {
    }

    /// <summary>Connects a receive endpoint of its own (<c>{prefix}-test-outcomes-…</c>) to <paramref name="bus"/>.</summary>
    public static async Task<GenerationOutcomes> ListenAsync(IBus bus, string prefix)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var outcomes = new GenerationOutcomes();
        var handle = bus.ConnectReceiveEndpoint($"{prefix}-test-outcomes-{Guid.NewGuid():N}"[..(prefix.Length + 23)], endpoint =>
        {
            endpoint.Handler<GenerationCompleted>(context => outcomes.Ended(context.Message.GenerationId, context.Message));
            endpoint.Handler<GenerationFailed>(context => outcomes.Ended(context.Message.GenerationId, context.Message));
        });
        await handle.Ready;
        return outcomes;
    }

    /// <summary>The event that ended <paramref name="generationId"/>, once it has ended.</summary>
    public async Task<object> EndedAsync(Guid generationId, TimeSpan? timeout = null)
    {
        var ended = Completion(generationId).Task;
        try
        {
            return await ended.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Generation {generationId} did not end within {timeout ?? DefaultTimeout}.");
        }
    }

    /// <summary>Waits for <paramref name="generationId"/> to complete, failing the test with its failure otherwise.</summary>
    public async Task<GenerationCompleted> CompletedAsync(Guid generationId, TimeSpan? timeout = null)
    {
        var ended = await EndedAsync(generationId, timeout);
        return ended as GenerationCompleted
            ?? throw new Xunit.Sdk.XunitException($"Generation {generationId} failed: {JsonSerializer.Serialize(ended)}");
    }

    Task Ended(Guid generationId, object message)
    {
        Completion(generationId).TrySetResult(message);
        return Task.CompletedTask;
    }

    TaskCompletionSource<object> Completion(Guid generationId) =>
        _ended.GetOrAdd(generationId, _ => new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously));
}
