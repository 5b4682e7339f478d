namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>One generation asking a vendor for a slot: whose it is, how much its tenant weighs, and until when it may wait.</summary>
public sealed record AdmissionTicket
{
    public required string Vendor { get; init; }

    public required Guid GenerationId { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The tenant's share of the vendor relative to others (1 unless the tenant's settings say otherwise).</summary>
    public int Weight { get; init; } = 1;

    /// <summary>The generation's deadline: a queued job past it is no longer granted (its workflow fails it).</summary>
    public required DateTimeOffset Deadline { get; init; }
}
