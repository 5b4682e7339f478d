namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>
/// The vendor called the gateway back about this generation's job: check now instead of waiting for the
/// next scheduled check. Polling stays the safety net, so a lost callback only costs time.
/// </summary>
public sealed record VendorCallbackReceived
{
    public required Guid GenerationId { get; init; }

    /// <summary>The vendor's own status word from the callback, for logs.</summary>
    public string? VendorStatus { get; init; }
}
