using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Usage;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// Process-memory store for the embedded Standalone host; same rules as PostgreSQL, nothing survives a restart. A
/// generation that has ended is kept, with its feed entries and the ids of the messages applied to it, for
/// <see cref="InMemoryRetentionOptions.KeepFor"/> and at most <see cref="InMemoryRetentionOptions.MaxEnded"/> of them;
/// one still in flight is never evicted.
/// </summary>
public sealed class InMemoryGenerationStore(TimeProvider clock, IOptions<InMemoryRetentionOptions> retention) : IGenerationStore
{
    readonly Lock _gate = new();
    readonly Dictionary<Guid, GenerationRecord> _generations = [];
    readonly HashSet<Guid> _processedMessages = [];
    readonly Dictionary<Guid, List<Guid>> _messagesOf = [];
    readonly List<GenerationFeedEntry> _feed = [];
    readonly EndedItems<Guid> _retained = new(retention.Value, clock);
    long _lastSequence;

    public Task<bool> ApplyAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (change.MessageId is { } messageId && !_processedMessages.Add(messageId))
            {
                return Task.FromResult(false);
            }

            if (change.MessageId is { } applied)
            {
                (_messagesOf.TryGetValue(change.GenerationId, out var ids) ? ids : _messagesOf[change.GenerationId] = []).Add(applied);
            }

            _generations.TryGetValue(change.GenerationId, out var current);
            var now = clock.GetUtcNow();
            var next = GenerationMerge.Apply(current, change, now);
            _generations[change.GenerationId] = next;
            if (current is null || current.Status != next.Status || current.Stage != next.Stage || current.Progress != next.Progress || current.Queue != next.Queue)
            {
                _feed.Add(new GenerationFeedEntry
                {
                    Sequence = ++_lastSequence,
                    GenerationId = next.Id,
                    Vendor = next.Vendor,
                    Status = next.Status,
                    Stage = next.Stage,
                    Progress = next.Progress,
                    Queue = next.Queue,
                    OccurredAt = now,
                    CreatedAt = next.CreatedAt,
                });
            }

            Evict(GenerationMerge.IsTerminal(next.Status) ? _retained.End(next.Id) : _retained.Expired());
            return Task.FromResult(true);
        }
    }

    public Task<GenerationRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_generations.GetValueOrDefault(generationId));
        }
    }

    public Task<GenerationPage> ListAsync(GenerationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var matches = _generations.Values
                .Where(x => query.Status is null || x.Status == query.Status)
                .Where(x => query.Vendor is null || x.Vendor == query.Vendor)
                .Where(x => query.TenantId is null || x.TenantId == query.TenantId)
                .ToList();
            var items = matches
                .OrderByDescending(x => x.CreatedAt)
                .ThenByDescending(x => x.Id)
                .Skip((int)Math.Min(query.Offset, int.MaxValue))
                .Take(query.PageSize)
                .ToList();
            return Task.FromResult(new GenerationPage { Items = items, Page = query.Page, PageSize = query.PageSize, TotalCount = matches.Count });
        }
    }

    public Task<IReadOnlyList<UsageLine>> UsageAsync(UsageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var rows = _generations.Values
                .Where(x => x.CreatedAt >= query.Start && x.CreatedAt < query.End)
                .Where(x => query.TenantId is null || x.TenantId == query.TenantId)
                .GroupBy(x => (Date: DateOnly.FromDateTime(x.CreatedAt.UtcDateTime), x.TenantId, x.Vendor, x.Usage?.Currency))
                .Select(x => new UsageRow(
                    x.Key.Date,
                    x.Key.TenantId,
                    x.Key.Vendor,
                    x.Key.Currency,
                    x.LongCount(),
                    x.LongCount(r => r.Status == GenerationStatus.Completed),
                    x.Any(r => r.Usage?.Credits is not null) ? x.Sum(r => r.Usage?.Credits ?? 0) : null,
                    x.Any(r => r.Usage?.Cost is not null) ? x.Sum(r => r.Usage?.Cost ?? 0) : null))
                .ToList();
            return Task.FromResult(UsageRow.ToLines(rows));
        }
    }

    public Task<IReadOnlyList<GenerationFeedEntry>> ReadFeedAsync(GenerationFeedQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            IReadOnlyList<GenerationFeedEntry> entries = [.. _feed
                .Where(entry => entry.Sequence > query.AfterSequence)
                .Select(entry => entry with { TenantId = _generations[entry.GenerationId].TenantId, CreatedAt = _generations[entry.GenerationId].CreatedAt })
                .Where(entry => entry.TenantId == query.TenantId)
                .Where(entry => query.GenerationId is null || entry.GenerationId == query.GenerationId)
                .Where(entry => query.Vendor is null || entry.Vendor == query.Vendor)
                .Where(entry => query.Status is null || entry.Status == query.Status)
                .Take(query.Limit)];
            return Task.FromResult(entries);
        }
    }

    public Task<long> LatestSequenceAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_lastSequence);
        }
    }

    void Evict(IReadOnlyList<Guid> expired)
    {
        if (expired.Count == 0)
        {
            return;
        }

        foreach (var id in expired)
        {
            _generations.Remove(id);
            if (_messagesOf.Remove(id, out var messages))
            {
                _processedMessages.ExceptWith(messages);
            }
        }

        var gone = expired.ToHashSet();
        _feed.RemoveAll(entry => gone.Contains(entry.GenerationId));
    }
}
