using MassTransit;
using MassTransit.Context;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// An outgoing message as the outbox stores it: the serialized body and envelope as the saga produced them, plus
/// the transport properties (e.g. a routing key). MassTransit's <see cref="OutboxMessageSendPipe"/> sends it unchanged.
/// </summary>
internal sealed class PostgresOutboxMessage : OutboxMessageContext
{
    static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    Headers? _headers;
    IReadOnlyDictionary<string, object>? _properties;

    public long SequenceNumber { get; set; }

    public required Guid MessageId { get; init; }

    public required Uri DestinationAddress { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The supported message type URNs, separated by <c>;</c>.</summary>
    public required string MessageType { get; init; }

    public required string Body { get; init; }

    /// <summary>The headers as a JSON object, or null when there are none.</summary>
    public string? HeadersJson { get; init; }

    /// <summary>Transport properties (routing key, …) as a JSON object, or null when there are none.</summary>
    public string? PropertiesJson { get; init; }

    public Guid? ConversationId { get; init; }

    public Guid? CorrelationId { get; init; }

    public Guid? InitiatorId { get; init; }

    public Guid? RequestId { get; init; }

    public Uri? SourceAddress { get; init; }

    public Uri? ResponseAddress { get; init; }

    public Uri? FaultAddress { get; init; }

    public required DateTime SentTime { get; init; }

    public DateTime? ExpirationTime { get; init; }

    public Headers Headers => _headers ??= ReadHeaders();

    public IReadOnlyDictionary<string, object> Properties =>
        _properties ??= SystemTextJsonMessageSerializer.Instance.DeserializeDictionary<object>(PropertiesJson) ?? NoProperties;

    Guid? MessageContext.MessageId => MessageId;

    Uri? MessageContext.DestinationAddress => DestinationAddress;

    DateTime? MessageContext.SentTime => SentTime;

    HostInfo MessageContext.Host => HostMetadataCache.Host;

    /// <summary>Captures what a send or publish inside the outbox would have put on the wire.</summary>
    public static PostgresOutboxMessage From<T>(SendContext<T> context)
        where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "The outbox needs a MessageId on every outgoing message.");
        var destination = context.DestinationAddress ?? throw new MessageException(typeof(T), "The outbox needs the destination of every outgoing message.");
        var now = DateTime.UtcNow;
        string? properties = null;
        if (context is TransportSendContext<T> transportContext)
        {
            var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transportContext.WritePropertiesTo(values);
            properties = SystemTextJsonMessageSerializer.Instance.SerializeDictionary(values);
        }

        return new PostgresOutboxMessage
        {
            MessageId = messageId,
            DestinationAddress = destination,
            ContentType = (context.ContentType ?? context.Serialization.DefaultContentType).ToString(),
            MessageType = string.Join(';', context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            HeadersJson = SystemTextJsonMessageSerializer.Instance.SerializeDictionary(context.Headers.GetAll()),
            PropertiesJson = properties,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime ?? now,
            ExpirationTime = context.TimeToLive is { } timeToLive ? now + timeToLive : null,
        };
    }

    Headers ReadHeaders()
    {
        var values = SystemTextJsonMessageSerializer.Instance.DeserializeDictionary<object?>(HeadersJson);
        return values is null ? EmptyHeaders.Instance : new DictionarySendHeaders(values);
    }
}
