using GenerationGateway.Contracts;
using GenerationGateway.Egress;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>
/// What a client sees when one of its inputs could not be fetched through the egress guard: input-unavailable, naming the
/// input and nothing about the network behind its URL (no address, no port, no refused-or-timed-out). The guard already
/// retried it, so the failure is final.
/// </summary>
public static class InputFetchFailures
{
    public static VendorCallException From(string field, EgressException exception) =>
        new(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"{field} could not be fetched.", null, exception);
}
