using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Usage;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// The generation records. <see cref="ApplyAsync"/> is idempotent and order-tolerant: a terminal status is
/// never replaced (the first terminal wins), progress never goes backwards, a late request fills the request
/// fields without downgrading the status, and a message id already applied has no second effect.
/// </summary>
public interface IGenerationStore
{
    /// <summary>Applies one change; false when its message id had already been applied (nothing changed).</summary>
    Task<bool> ApplyAsync(GenerationChange change, CancellationToken cancellationToken);

    Task<GenerationRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<GenerationPage> ListAsync(GenerationQuery query, CancellationToken cancellationToken);

    /// <summary>The event feed (one entry per visible change), oldest first; see <see cref="GenerationFeedQuery"/>.</summary>
    Task<IReadOnlyList<GenerationFeedEntry>> ReadFeedAsync(GenerationFeedQuery query, CancellationToken cancellationToken);

    /// <summary>The newest sequence of the feed (0 when empty): where a stream without <c>Last-Event-ID</c> starts following.</summary>
    Task<long> LatestSequenceAsync(CancellationToken cancellationToken);

    /// <summary>Generations, credits and cost per day, tenant and vendor (see <see cref="UsageLine"/>).</summary>
    Task<IReadOnlyList<UsageLine>> UsageAsync(UsageQuery query, CancellationToken cancellationToken);
}
