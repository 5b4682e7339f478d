using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>The vendor answered a call with an error.</summary>
public sealed class VendorCallException : Exception
{
    public VendorCallException(VendorErrorKind kind, FailureReason reason, string? vendorCode, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Reason = reason;
        VendorCode = vendorCode;
        RetryAfter = retryAfter;
    }

    public VendorCallException()
        : this(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null, "The vendor call failed.")
    {
    }

    public VendorCallException(string message)
        : this(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null, message)
    {
    }

    public VendorCallException(string message, Exception innerException)
        : this(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, null, message, null, innerException)
    {
    }

    public VendorErrorKind Kind { get; }

    public FailureReason Reason { get; }

    public string? VendorCode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether asking again could succeed.</summary>
    public bool IsTransient => Kind != VendorErrorKind.Rejected;
}
