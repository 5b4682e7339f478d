namespace GenerationGateway.ServiceDefaults;

/// <summary>The RabbitMQ queue type of every durable queue the gateway declares (<c>Messaging:QueueType</c>).</summary>
public enum MessagingQueueType
{
    /// <summary>Raft-replicated across the cluster's nodes: a queue survives the loss of a minority of nodes.</summary>
    Quorum,

    /// <summary>A queue on one node (RabbitMQ 4 mirrors none): for a single-node sandbox only.</summary>
    Classic,
}
