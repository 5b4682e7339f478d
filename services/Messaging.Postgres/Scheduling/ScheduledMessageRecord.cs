using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>A scheduled message as stored: the serialized body plus the envelope fields the dispatcher restores.</summary>
internal sealed record ScheduledMessageRecord
{
    public required Guid TokenId { get; init; }

    public required DateTime DueAt { get; init; }

    public required Uri Destination { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Body { get; init; }

    public required string[] MessageTypes { get; init; }

    /// <summary>Headers as a JSON object of primitive values.</summary>
    public required string HeadersJson { get; init; }

    public Guid? MessageId { get; init; }

    public Guid? CorrelationId { get; init; }

    public Guid? ConversationId { get; init; }

    public Guid? InitiatorId { get; init; }

    public Guid? RequestId { get; init; }

    public Uri? SourceAddress { get; init; }

    public Uri? ResponseAddress { get; init; }

    public Uri? FaultAddress { get; init; }

    public DateTime? ExpirationTime { get; init; }

    public int Attempts { get; init; }

    /// <summary>
    /// The record of a <see cref="ScheduleMessage"/> command: its payload serialized with the serializer the command came in
    /// (<paramref name="serializer"/>), its envelope fields and headers from <paramref name="envelope"/>.
    /// </summary>
    public static ScheduledMessageRecord From(
        ScheduleMessage command, SerializerContext serializer, MessageContext envelope, CancellationToken cancellationToken)
    {
        var payloadSerializer = serializer.GetMessageSerializer(command.Payload, command.PayloadType);
        var body = payloadSerializer.GetMessageBody(new MessageSendContext<ScheduleMessage>(command, cancellationToken));
        return new ScheduledMessageRecord
        {
            TokenId = command.CorrelationId,
            DueAt = command.ScheduledTime.Kind == DateTimeKind.Unspecified
                ? DateTime.SpecifyKind(command.ScheduledTime, DateTimeKind.Utc)
                : command.ScheduledTime.ToUniversalTime(),
            Destination = command.Destination,
            ContentType = payloadSerializer.ContentType.ToString(),
            Body = body.GetBytes(),
            MessageTypes = command.PayloadType,
            HeadersJson = StoredHeaders.ToJson(envelope.Headers),
            MessageId = envelope.MessageId,
            CorrelationId = envelope.CorrelationId,
            ConversationId = envelope.ConversationId,
            InitiatorId = envelope.InitiatorId,
            RequestId = envelope.RequestId,
            SourceAddress = envelope.SourceAddress,
            ResponseAddress = envelope.ResponseAddress,
            FaultAddress = envelope.FaultAddress,
            ExpirationTime = envelope.ExpirationTime?.ToUniversalTime(),
        };
    }
}
