using GenerationGateway.Results.Api.Generations;

namespace GenerationGateway.Results.Api.Events;

/// <summary>Feed entries after <see cref="AfterSequence"/>, oldest first, of one tenant (and one generation, vendor or status).</summary>
public sealed record GenerationFeedQuery
{
    public const int DefaultLimit = 500;

    public required string TenantId { get; init; }

    public long AfterSequence { get; init; }

    public Guid? GenerationId { get; init; }

    public string? Vendor { get; init; }

    public GenerationStatus? Status { get; init; }

    public int Limit { get; init; } = DefaultLimit;
}
