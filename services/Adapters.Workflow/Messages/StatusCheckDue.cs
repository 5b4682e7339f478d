namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Scheduled: time for the next preparation poll or deferred submit (status checks of a job in processing run in the vendor's status poller).</summary>
public sealed record StatusCheckDue
{
    public required Guid GenerationId { get; init; }
}
