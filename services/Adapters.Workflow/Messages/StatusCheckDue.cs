namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Scheduled: time for the next vendor round (status check, preparation poll or deferred submit).</summary>
public sealed record StatusCheckDue
{
    public required Guid GenerationId { get; init; }
}
