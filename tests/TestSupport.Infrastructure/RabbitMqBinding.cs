using System.Text.Json.Serialization;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>One binding of a virtual host, as <c>rabbitmqctl list_bindings</c> reports it.</summary>
public sealed record RabbitMqBinding(
    [property: JsonPropertyName("source_name")] string Source,
    [property: JsonPropertyName("destination_name")] string Destination,
    [property: JsonPropertyName("routing_key")] string RoutingKey);
