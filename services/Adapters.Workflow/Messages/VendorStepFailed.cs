using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>A vendor step ended in a business failure (the vendor refused, or the job failed).</summary>
public sealed record VendorStepFailed
{
    public required Guid GenerationId { get; init; }

    public required WorkflowStep Step { get; init; }

    public required FailureReason Reason { get; init; }

    public required bool Retryable { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }
}
