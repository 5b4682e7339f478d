namespace GenerationGateway.Cli.Api;

/// <summary>The data of an <c>accepted</c> or <c>progress</c> event.</summary>
public sealed record GenerationProgress
{
    public required string Vendor { get; init; }

    public required string Status { get; init; }

    public string? Stage { get; init; }

    public int Percent { get; init; }

    public int? EtaSeconds { get; init; }

    /// <summary>While the stage is <c>queued</c>: the place in the vendor's queue.</summary>
    public QueuePlace? Queue { get; init; }
}
