using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace GenerationGateway.Intake.Api.ErrorQueues;

/// <summary>
/// The fault queues of the vendors' queues on RabbitMQ (<c>_error</c> and <c>_skipped</c> of <c>&lt;vendor&gt;-workflow</c>,
/// <c>-vendor-calls</c> and <c>-inputs</c>, see <see cref="GenerationTopology.VendorQueues"/> and <see cref="DurableQueues"/>), reached with the <c>Messaging:*</c> credentials: depth by passive
/// declare, peek by <c>basic.get</c> then <c>basic.nack</c> with requeue, redrive by a confirmed publish to the source
/// queue's exchange then <c>basic.ack</c> (without the fault's headers: a redriven message is a fresh attempt), purge by
/// <c>queue.purge</c>. Only those names are ever touched. With cluster nodes, the first node that answers is used.
/// </summary>
public sealed class ErrorQueueBroker
{
    /// <summary>A peeked body longer than this is shown truncated (as text), not parsed.</summary>
    public const int MaxBodyBytes = 16_384;

    public const int MaxPeek = 100;

    const string SkippedSuffix = "_skipped";
    const ushort NotFound = 404;

    readonly MessagingOptions _options;
    readonly VendorRulesCatalog _catalog;

    public ErrorQueueBroker(IOptions<MessagingOptions> options, VendorRulesCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _catalog = catalog;
    }

    /// <summary>False in the embedded default (in-memory transport): there is no broker to hold fault queues.</summary>
    public bool HasBroker => _options.Transport == MessagingTransport.RabbitMq;

    /// <summary>Every fault queue the gateway may have, with the queue it belongs to.</summary>
    public IReadOnlyList<(string Queue, string Source)> KnownQueues() =>
        [.. _catalog.Vendors.Order(StringComparer.Ordinal)
            .SelectMany(GenerationTopology.VendorQueues)
            .SelectMany(source => new[] { (DurableQueues.ErrorQueue(source), source), (source + SkippedSuffix, source) })];

    /// <summary>The source queue of <paramref name="queue"/>, or null when it is not one of <see cref="KnownQueues"/>.</summary>
    public string? SourceOf(string queue) =>
        KnownQueues().Where(known => string.Equals(known.Queue, queue, StringComparison.Ordinal)).Select(known => known.Source).FirstOrDefault();

    public async Task<IReadOnlyList<ErrorQueueDepth>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var depths = new List<ErrorQueueDepth>();
        foreach (var (queue, source) in KnownQueues())
        {
            var messages = await DepthAsync(connection, queue, cancellationToken);
            depths.Add(new ErrorQueueDepth { Queue = queue, SourceQueue = source, Messages = messages ?? 0, Exists = messages is not null });
        }

        return depths;
    }

    public async Task<IReadOnlyList<ErrorQueueMessage>> PeekAsync(string queue, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        if (await DepthAsync(connection, queue, cancellationToken) is null)
        {
            return [];
        }

        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var messages = new List<ErrorQueueMessage>();
        ulong last = 0;
        try
        {
            while (messages.Count < limit && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } delivery)
            {
                last = delivery.DeliveryTag;
                messages.Add(Describe(delivery));
            }
        }
        finally
        {
            if (last != 0)
            {
                // Every message got so far goes back where it was; error queues have no delivery limit, so this never dead-letters.
                await channel.BasicNackAsync(last, multiple: true, requeue: true, CancellationToken.None);
            }
        }

        return messages;
    }

    /// <summary>Sends the messages in <paramref name="queue"/> when called back to <paramref name="source"/>'s exchange, each acked once confirmed.</summary>
    public async Task<long> RedriveAsync(string queue, string source, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        if (await DepthAsync(connection, queue, cancellationToken) is not { } depth)
        {
            return 0;
        }

        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        // The source queue's exchange of the same name (what DurableQueues.SendAddress names), never the queue itself.
        var exchange = source;
        long moved = 0;
        // At most the depth seen at the start: a message that faults again while this runs waits for the next redrive.
        while (moved < depth && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } delivery)
        {
            try
            {
                await channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, Redriven(delivery.BasicProperties), delivery.Body, cancellationToken);
            }
            catch
            {
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                throw;
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }

    public async Task<long> PurgeAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        if (await DepthAsync(connection, queue, cancellationToken) is null)
        {
            return 0;
        }

        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return await channel.QueuePurgeAsync(queue, cancellationToken);
    }

    /// <summary>The queue's depth by passive declare (on a channel of its own: a missing queue closes the channel), or null when it does not exist.</summary>
    static async Task<long?> DepthAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == NotFound)
        {
            return null;
        }
    }

    /// <summary>The message's properties without what its fault added: MassTransit's <c>MT-Fault-*</c> and <c>MT-Reason</c>, the broker's dead-lettering history.</summary>
    static BasicProperties Redriven(IReadOnlyBasicProperties properties)
    {
        var redriven = new BasicProperties(properties);
        if (redriven.Headers is { } headers)
        {
            redriven.Headers = headers
                .Where(header => !IsFaultHeader(header.Key))
                .ToDictionary(header => header.Key, header => header.Value, StringComparer.Ordinal);
        }

        return redriven;
    }

    static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("MT-Reason", StringComparison.OrdinalIgnoreCase)
        || name.Equals("x-death", StringComparison.Ordinal)
        || name.StartsWith("x-first-death-", StringComparison.Ordinal)
        || name.StartsWith("x-last-death-", StringComparison.Ordinal);

    /// <summary>The configured node, then the cluster's other nodes (<c>Messaging:RabbitMqClusterNodes</c>), like the bus.</summary>
    IList<AmqpTcpEndpoint> Nodes() =>
        [new AmqpTcpEndpoint(_options.RabbitMqHost, _options.RabbitMqPort), .. _options.RabbitMqClusterNodes.Select(node => AmqpTcpEndpoint.Parse(node))];

    Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = _options.RabbitMqHost,
            Port = _options.RabbitMqPort,
            VirtualHost = _options.RabbitMqVirtualHost,
            UserName = _options.RabbitMqUsername,
            Password = _options.RabbitMqPassword,
            ClientProvidedName = "intake error-queue admin",
        };
        return factory.CreateConnectionAsync(Nodes(), cancellationToken);
    }

    static ErrorQueueMessage Describe(BasicGetResult delivery)
    {
        var fault = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
        {
            if (name.StartsWith("MT-Fault-", StringComparison.OrdinalIgnoreCase) && value is not null)
            {
                fault[name] = Text(value);
            }
        }

        if (delivery.BasicProperties.Headers?.TryGetValue("x-death", out var deaths) == true
            && deaths is IList<object> { Count: > 0 } list && list[0] is IDictionary<string, object?> death
            && death.TryGetValue("reason", out var reason) && reason is not null)
        {
            fault["x-death-reason"] = Text(reason);
        }

        var body = delivery.Body;
        var truncated = body.Length > MaxBodyBytes;
        JsonNode? json = null;
        if (!truncated)
        {
            try
            {
                json = JsonNode.Parse(body.Span);
            }
            catch (JsonException)
            {
                json = JsonValue.Create(Encoding.UTF8.GetString(body.Span));
            }
        }
        else
        {
            json = JsonValue.Create(Encoding.UTF8.GetString(body.Span[..MaxBodyBytes]));
        }

        return new ErrorQueueMessage
        {
            MessageId = delivery.BasicProperties.MessageId,
            Fault = fault,
            Body = json,
            BodyBytes = body.Length,
            BodyTruncated = truncated,
        };
    }

    static string Text(object value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
