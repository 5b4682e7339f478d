namespace GenerationGateway.Cli.Api;

/// <summary>What the vendor says the job cost, when it says so.</summary>
public sealed record GenerationUsage
{
    public decimal? Cost { get; init; }

    public string? Currency { get; init; }

    public decimal? Credits { get; init; }

    public int? Quantity { get; init; }
}
