namespace GenerationGateway.Results.Api.Usage;

/// <summary>
/// One tenant's generations of one vendor on one UTC day (by the day they were requested): how many, how many
/// completed, and the vendor credits and cost the vendor reported for them (cost summed per currency).
/// </summary>
public sealed record UsageLine
{
    public required DateOnly Date { get; init; }

    public string? TenantId { get; init; }

    public required string Vendor { get; init; }

    public required long Generations { get; init; }

    public required long Completed { get; init; }

    /// <summary>Null when the vendor reported no credits for any of them.</summary>
    public decimal? Credits { get; init; }

    /// <summary>Currency (as the vendor reported it; <see cref="UnspecifiedCurrency"/> when it did not say) to amount.</summary>
    public required IReadOnlyDictionary<string, decimal> Cost { get; init; }

    public const string UnspecifiedCurrency = "unspecified";
}
