using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// Sends a stored message as it was scheduled: same body, message types, ids and headers, plus
/// <c>MT-Scheduling-TokenId</c> so a state machine can tell a current timeout from a stale one.
/// </summary>
internal sealed class ForwardScheduledMessagePipe(ScheduledMessageRecord message) : IPipe<SendContext>
{
    public Task Send(SendContext context)
    {
        var headers = StoredHeaders.FromJson(message.HeadersJson).ToList();

        var storedHeaders = new DictionarySendHeaders();
        foreach (var (key, value) in headers)
        {
            storedHeaders.Set(key, value);
        }

        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(message.ContentType));
        var serializerContext = deserializer.Deserialize(new BytesMessageBody(message.Body), storedHeaders, message.Destination);

        if (message.MessageId.HasValue)
        {
            context.MessageId = message.MessageId;
        }

        context.CorrelationId = message.CorrelationId;
        context.ConversationId = message.ConversationId;
        context.InitiatorId = message.InitiatorId;
        context.RequestId = message.RequestId;
        context.SourceAddress = message.SourceAddress;
        context.ResponseAddress = message.ResponseAddress;
        context.FaultAddress = message.FaultAddress;

        if (message.ExpirationTime.HasValue)
        {
            context.TimeToLive = message.ExpirationTime.Value - DateTime.UtcNow;
        }

        if (message.MessageTypes.Length > 0)
        {
            context.SupportedMessageTypes = message.MessageTypes;
        }

        foreach (var (key, value) in headers)
        {
            context.Headers.Set(key, value);
        }

        context.Headers.Set(MessageHeaders.SchedulingTokenId, message.TokenId.ToString("D"));
        context.Serializer = serializerContext.GetMessageSerializer();
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("postgresScheduledMessage");
}
