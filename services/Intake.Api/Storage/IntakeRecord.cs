namespace GenerationGateway.Intake.Api.Storage;

/// <summary>One accepted generation as intake remembers it: enough to answer a repeat and to route a cancellation.</summary>
public sealed record IntakeRecord
{
    public required Guid GenerationId { get; init; }

    public required string TenantId { get; init; }

    public required string Vendor { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the canonical request body: tells a repeat from a different request with the same key.</summary>
    public required string RequestHash { get; init; }

    /// <summary>Whether the broker confirmed the <c>GenerationRequested</c>; false after a failed publish, until a retry succeeds.</summary>
    public bool Published { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>How the generation ended; null while it runs (and for generations that ended before intake recorded how).</summary>
    public TerminalStatus? EndStatus { get; init; }
}
