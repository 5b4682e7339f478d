using System.Collections.Concurrent;
using GenerationGateway.Adapters.Workflow.Messages;
using MassTransit;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>Counts the <see cref="VendorCallbackReceived"/> messages the adapter's bus sends to the workflow, per generation.</summary>
public sealed class CallbackSends : ISendObserver
{
    readonly ConcurrentDictionary<Guid, int> _counts = new();

    public int For(Guid generationId) => _counts.GetValueOrDefault(generationId);

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        if (context.Message is VendorCallbackReceived received)
        {
            _counts.AddOrUpdate(received.GenerationId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
