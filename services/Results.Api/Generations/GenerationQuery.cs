namespace GenerationGateway.Results.Api.Generations;

public sealed record GenerationQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public GenerationStatus? Status { get; init; }

    public string? Vendor { get; init; }

    public string? TenantId { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public long Offset => (long)(Page - 1) * PageSize;
}
