using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.ServiceDefaults;

public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    [Required]
    public string RabbitMqHost { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int RabbitMqPort { get; set; } = 5672;

    /// <summary>
    /// Further nodes of a RabbitMQ cluster (<c>host</c> or <c>host:port</c>), tried in order after
    /// <see cref="RabbitMqHost"/> whenever a connection is lost; empty for a single node.
    /// </summary>
    public IList<string> RabbitMqClusterNodes { get; } = [];

    [Required]
    public string RabbitMqVirtualHost { get; set; } = "/";

    [Required]
    public string RabbitMqUsername { get; set; } = "guest";

    [Required]
    public string RabbitMqPassword { get; set; } = "guest";

    /// <summary>Quorum (replicated, the default) or Classic (a single-node sandbox) for every queue the gateway declares.</summary>
    public MessagingQueueType QueueType { get; set; } = MessagingQueueType.Quorum;

    /// <summary>
    /// Quorum queues: deliveries of one message (redeliveries after a lost consumer or a crashed process) before the
    /// broker dead-letters it into the endpoint's <c>_error</c> queue instead of handing it out again.
    /// </summary>
    [Range(2, 1000)]
    public int QuorumDeliveryLimit { get; set; } = 20;

    /// <summary>Messages each receive endpoint takes from the broker ahead of processing.</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// The AMQP heartbeat: a connection whose node died without closing it (a lost machine, a dropped NAT entry) is
    /// noticed after about two missed heartbeats and made again, to the next cluster node. The client's default is 60 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RabbitMqHeartbeat { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a publish or send made outside a consumer (intake's publishes, an adapter's status poller and vendor
    /// callbacks) may wait for the broker's confirmation before it is reported as failed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
