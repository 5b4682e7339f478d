using System.Collections.Concurrent;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>Submit ledger of the embedded default: survives redelivery, not a crash of the process.</summary>
public sealed class InMemorySubmitLedger(TimeProvider clock) : ISubmitLedger
{
    readonly ConcurrentDictionary<Guid, SubmitRecord> _records = new();

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
        return Task.CompletedTask;
    }

    public Task ClearIntentAsync(Guid generationId, CancellationToken cancellationToken)
    {
        _records.TryRemove(generationId, out _);
        return Task.CompletedTask;
    }
}
