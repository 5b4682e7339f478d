using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.Results.Api.Usage;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>A store whose database is down: every write fails.</summary>
public sealed class ThrowingGenerationStore : IGenerationStore
{
    public int Attempts { get; private set; }

    public Task<bool> ApplyAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        Attempts++;
        throw new InvalidOperationException("database unavailable");
    }

    public Task<GenerationRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken) => Task.FromResult<GenerationRecord?>(null);

    public Task<GenerationPage> ListAsync(GenerationQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new GenerationPage { Items = [], Page = query.Page, PageSize = query.PageSize, TotalCount = 0 });

    public Task<IReadOnlyList<UsageLine>> UsageAsync(UsageQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UsageLine>>([]);

    public Task<IReadOnlyList<GenerationFeedEntry>> ReadFeedAsync(GenerationFeedQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GenerationFeedEntry>>([]);

    public Task<long> LatestSequenceAsync(CancellationToken cancellationToken) => Task.FromResult(0L);
}
