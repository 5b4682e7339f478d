using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

public sealed record StatusOutcome
{
    public required VendorJobStatus Status { get; init; }

    /// <summary>Vendor progress of the job, 0 to 100, when known.</summary>
    public int? Percent { get; init; }

    /// <summary>The vendor's own status word.</summary>
    public string? VendorStatus { get; init; }

    /// <summary>The vendor's hint for the next check (null: the workflow's backoff).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Updated vendor memo; null keeps the current one.</summary>
    public IReadOnlyDictionary<string, string>? State { get; init; }

    public FailureReason? FailureReason { get; init; }

    public bool Retryable { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }

    public static StatusOutcome Running(string? vendorStatus, int? percent = null, TimeSpan? retryAfter = null) =>
        new() { Status = VendorJobStatus.Running, VendorStatus = vendorStatus, Percent = percent, RetryAfter = retryAfter };

    public static StatusOutcome Succeeded(string? vendorStatus = null) =>
        new() { Status = VendorJobStatus.Succeeded, VendorStatus = vendorStatus, Percent = 100 };

    public static StatusOutcome Failed(FailureReason reason, bool retryable, string? vendorCode, string? vendorMessage, string? vendorStatus = null) =>
        new()
        {
            Status = VendorJobStatus.Failed,
            FailureReason = reason,
            Retryable = retryable,
            VendorCode = vendorCode,
            VendorMessage = vendorMessage,
            VendorStatus = vendorStatus,
        };
}
