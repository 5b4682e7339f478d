using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// Stores a <see cref="ScheduleMessage"/> keyed by its token id. The payload is serialized with the serializer it
/// arrived with, so the dispatcher can send the original body, message types and headers unchanged.
/// </summary>
internal sealed class ScheduleMessageConsumer(ScheduledMessageStore store, ILogger<ScheduleMessageConsumer> logger) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var message = ScheduledMessageRecord.From(context.Message, context.SerializerContext, context, context.CancellationToken);

        if (await store.ScheduleAsync(message, context.CancellationToken))
        {
            logger.LogDebug("Scheduled {TokenId} for {DueAt:O} to {Destination}", message.TokenId, message.DueAt, message.Destination);
        }
        else
        {
            logger.LogDebug("Ignored schedule {TokenId}: it was already cancelled", message.TokenId);
        }
    }
}
