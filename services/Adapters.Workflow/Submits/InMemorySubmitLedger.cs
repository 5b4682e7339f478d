using System.Collections.Concurrent;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>
/// Submit ledger of the embedded default: survives redelivery, not a crash of the process. A submit the vendor accepted
/// is kept for <see cref="InMemoryRetentionOptions.KeepFor"/> after it was accepted, at most
/// <see cref="InMemoryRetentionOptions.MaxEnded"/> of them; an intent without an answer is never evicted.
/// </summary>
public sealed class InMemorySubmitLedger(TimeProvider clock, IOptions<InMemoryRetentionOptions> retention) : ISubmitLedger
{
    readonly ConcurrentDictionary<Guid, SubmitRecord> _records = new();
    readonly Lock _retentionGate = new();
    readonly EndedItems<Guid> _accepted = new(retention.Value, clock);

    public Task<SubmitRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken) =>
        Task.FromResult(_records.TryGetValue(generationId, out var record) ? record : null);

    public Task RecordIntentAsync(Guid generationId, string vendor, CancellationToken cancellationToken)
    {
        _records[generationId] = new SubmitRecord { GenerationId = generationId, Vendor = vendor, IntentAt = clock.GetUtcNow() };
        return Task.CompletedTask;
    }

    public Task RecordAcceptedAsync(Guid generationId, SubmitOutcome outcome, CancellationToken cancellationToken)
    {
        _records.AddOrUpdate(
            generationId,
            _ => throw new InvalidOperationException($"No submit intent recorded for generation {generationId}."),
            (_, record) => record with { Accepted = outcome });
        lock (_retentionGate)
        {
            foreach (var expired in _accepted.End(generationId))
            {
                // Only an accepted record goes; one whose intent was recorded again since waits to be accepted again.
                if (_records.TryGetValue(expired, out var record) && record.Accepted is not null)
                {
                    _records.TryRemove(KeyValuePair.Create(expired, record));
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task ClearIntentAsync(Guid generationId, CancellationToken cancellationToken)
    {
        _records.TryRemove(generationId, out _);
        return Task.CompletedTask;
    }
}
