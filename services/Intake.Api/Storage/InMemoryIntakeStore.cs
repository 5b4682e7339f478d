namespace GenerationGateway.Intake.Api.Storage;

/// <summary>Keeps intake records in process memory; for the embedded Standalone host only.</summary>
public sealed class InMemoryIntakeStore : IIntakeStore
{
    readonly Lock _lock = new();
    readonly Dictionary<Guid, IntakeRecord> _byId = [];
    readonly Dictionary<(string TenantId, string IdempotencyKey), Guid> _byKey = [];

    public Task<IntakeRecord> AddOrGetAsync(IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            if (record.IdempotencyKey is { } key)
            {
                if (_byKey.TryGetValue((record.TenantId, key), out var existingId))
                {
                    return Task.FromResult(_byId[existingId]);
                }

                _byKey.Add((record.TenantId, key), record.GenerationId);
            }

            var stored = record with { Published = false };
            _byId.Add(stored.GenerationId, stored);
            return Task.FromResult(stored);
        }
    }

    public Task MarkPublishedAsync(Guid generationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(generationId, out var record))
            {
                _byId[generationId] = record with { Published = true };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IntakeRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_byId.GetValueOrDefault(generationId));
        }
    }
}
