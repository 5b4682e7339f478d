namespace GenerationGateway.ServiceDefaults;

public enum MessagingTransport
{
    /// <summary>MassTransit's in-process transport: the embedded default, one process only.</summary>
    InMemory,

    /// <summary>RabbitMQ: every service in its own process.</summary>
    RabbitMq,
}
