using System.Text.Json.Nodes;

namespace GenerationGateway.Intake.Api.ErrorQueues;

/// <summary>One message peeked at by <c>GET /v1/admin/error-queues/{queue}/messages</c>; left in the queue.</summary>
public sealed record ErrorQueueMessage
{
    public string? MessageId { get; init; }

    /// <summary>The fault MassTransit recorded (<c>MT-Fault-*</c> headers), or the broker's <c>x-death</c> reason.</summary>
    public required IReadOnlyDictionary<string, string> Fault { get; init; }

    /// <summary>The body as JSON when it is JSON and at most <see cref="ErrorQueueBroker.MaxBodyBytes"/> long.</summary>
    public JsonNode? Body { get; init; }

    public required int BodyBytes { get; init; }

    public required bool BodyTruncated { get; init; }
}
