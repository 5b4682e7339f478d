using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>Everything a vendor call knows about the generation it works on.</summary>
public sealed record VendorJob
{
    public required Guid GenerationId { get; init; }

    public required GenerationRequested Request { get; init; }

    /// <summary>The vendor's job id once submitted.</summary>
    public string? VendorJobId { get; init; }

    /// <summary>The vendor's own memo, carried by the workflow between steps (upload tokens, model ids, subscription keys...).</summary>
    public IReadOnlyDictionary<string, string> State { get; init; } = new Dictionary<string, string>();

    /// <summary>How many times this step has already run for this generation (0 on the first call).</summary>
    public int Attempt { get; init; }
}
