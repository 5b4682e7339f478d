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

    [Required]
    public string RabbitMqVirtualHost { get; set; } = "/";

    [Required]
    public string RabbitMqUsername { get; set; } = "guest";

    [Required]
    public string RabbitMqPassword { get; set; } = "guest";

    /// <summary>Messages each receive endpoint takes from the broker ahead of processing.</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>How long a publish may wait for the broker's confirmation before it is reported as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
