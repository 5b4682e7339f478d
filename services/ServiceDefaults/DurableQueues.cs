using MassTransit;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// How every durable queue of the gateway is declared on RabbitMQ (<see cref="MessagingOptions.QueueType"/>). A quorum
/// queue is replicated across the cluster, with a delivery limit: a message handed out that many times without an
/// acknowledgement (its consumer's process crashed each time) is dead-lettered by the broker into the endpoint's
/// <c>_error</c> queue, which is declared with the endpoint so that nothing dead-lettered is dropped. Faults the
/// consumer sees go to the same <c>_error</c> queue through MassTransit (retry first); unroutable messages to
/// <c>_skipped</c>. Those two keep every message (no limit, no dead-lettering of their own).
/// Every declaration of a queue must be identical (RabbitMQ refuses a second one that differs), so the bus
/// (<see cref="MessagingHostingExtensions.AddMessaging"/>), queues declared ahead of their consumers
/// (<see cref="VendorWorkflowQueues"/>) and endpoints configured by hand all come through here.
/// </summary>
public static class DurableQueues
{
    /// <summary>RabbitMQ's quorum queue argument: deliveries before the message is dead-lettered.</summary>
    public const string DeliveryLimitArgument = "x-delivery-limit";

    const string DeadLetterExchangeArgument = "x-dead-letter-exchange";

    /// <summary>
    /// The address a message is sent to for the consumers of <paramref name="queue"/>: its exchange (every receive endpoint
    /// binds its queue to the exchange of the same name). Never <c>queue:</c>, which makes the sender declare the queue
    /// with no arguments, a classic queue, and RabbitMQ refuses that declaration for the existing quorum queue
    /// (PRECONDITION_FAILED, inequivalent arg 'x-queue-type'). Each queue is declared by its consumer, or ahead of it by
    /// the service that must not lose what it routes there (<see cref="VendorWorkflowQueues"/>).
    /// </summary>
    public static Uri SendAddress(string queue) => new($"exchange:{queue}");

    /// <summary>The queue a faulted (or dead-lettered) message of <paramref name="queue"/> lands in.</summary>
    public static string ErrorQueue(string queue) => queue + "_error";

    /// <summary>Declares the receive endpoint's queue <paramref name="queue"/> with the configured type; nothing in memory.</summary>
    public static void Configure(IReceiveEndpointConfigurator endpoint, string queue, MessagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit || options.QueueType != MessagingQueueType.Quorum)
        {
            return;
        }

        rabbit.SetQuorumQueue();
        rabbit.SetQueueArgument(DeliveryLimitArgument, options.QuorumDeliveryLimit);
        // The error exchange and queue exist from the start (MassTransit declares them at the first fault), so that the
        // broker has somewhere to put a message over the limit; declared as MassTransit declares them.
        var error = ErrorQueue(queue);
        rabbit.BindDeadLetterQueue(error, error, q => q.SetQuorumQueue());
    }

    /// <summary>The bus's <c>_error</c> and <c>_skipped</c> queues: the endpoint's queue type, neither limit nor dead-lettering.</summary>
    public static void ConfigureFaultQueues(IRabbitMqBusFactoryConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.SendTopology.ConfigureErrorSettings = KeepEveryMessage;
        bus.SendTopology.ConfigureDeadLetterSettings = KeepEveryMessage;
    }

    static void KeepEveryMessage(IRabbitMqQueueBindingConfigurator queue)
    {
        queue.SetQueueArgument(DeliveryLimitArgument, null);
        queue.SetQueueArgument(DeadLetterExchangeArgument, null);
    }
}
