using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>Removes a pending message and leaves a tombstone, so a schedule that arrives later is ignored.</summary>
internal sealed class CancelScheduledMessageConsumer(ScheduledMessageStore store, ILogger<CancelScheduledMessageConsumer> logger)
    : IConsumer<CancelScheduledMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var removed = await store.CancelAsync(context.Message.TokenId, context.CancellationToken);
        logger.LogDebug("Cancelled {TokenId} (pending message removed: {Removed})", context.Message.TokenId, removed);
    }
}
