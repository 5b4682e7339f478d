using MassTransit;
using MassTransit.Context;
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
        var command = context.Message;
        var serializer = context.SerializerContext.GetMessageSerializer(command.Payload, command.PayloadType);
        var body = serializer.GetMessageBody(new MessageSendContext<ScheduleMessage>(command, context.CancellationToken));

        var message = new ScheduledMessageRecord
        {
            TokenId = command.CorrelationId,
            DueAt = command.ScheduledTime.Kind == DateTimeKind.Unspecified
                ? DateTime.SpecifyKind(command.ScheduledTime, DateTimeKind.Utc)
                : command.ScheduledTime.ToUniversalTime(),
            Destination = command.Destination,
            ContentType = serializer.ContentType.ToString(),
            Body = body.GetBytes(),
            MessageTypes = command.PayloadType,
            HeadersJson = StoredHeaders.ToJson(context.Headers),
            MessageId = context.MessageId,
            CorrelationId = context.CorrelationId,
            ConversationId = context.ConversationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            ExpirationTime = context.ExpirationTime?.ToUniversalTime(),
        };

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
