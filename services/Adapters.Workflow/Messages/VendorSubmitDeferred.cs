namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>The vendor throttled the submit and certainly created no job: submit again later.</summary>
public sealed record VendorSubmitDeferred
{
    public required Guid GenerationId { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }
}
