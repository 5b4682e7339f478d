namespace GenerationGateway.Results.Api.Generations;

public sealed record GenerationPage
{
    public required IReadOnlyList<GenerationRecord> Items { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public required long TotalCount { get; init; }
}
