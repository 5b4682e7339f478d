namespace GenerationGateway.Cli.Api;

/// <summary>One page of <c>GET /v1/generations</c>, newest first.</summary>
public sealed record GenerationPage
{
    public required IReadOnlyList<Generation> Items { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; }

    public long TotalCount { get; init; }
}
