namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Scheduled: the generation's absolute deadline.</summary>
public sealed record DeadlineReached
{
    public required Guid GenerationId { get; init; }
}
