using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// Keeps intake records in process memory; for the embedded Standalone host only. An ended record (and its idempotency
/// key) is kept for <see cref="InMemoryRetentionOptions.KeepFor"/>, at most <see cref="InMemoryRetentionOptions.MaxEnded"/>
/// of them; a record in flight is never evicted.
/// </summary>
public sealed class InMemoryIntakeStore(IOptions<InMemoryRetentionOptions> retention, TimeProvider clock) : IIntakeStore
{
    readonly Lock _lock = new();
    readonly EndedItems<Guid> _retained = new(retention.Value, clock);
    readonly Dictionary<Guid, IntakeRecord> _byId = [];
    readonly Dictionary<(string TenantId, string IdempotencyKey), Guid> _byKey = [];
    readonly HashSet<Guid> _holdingSlot = [];
    readonly HashSet<Guid> _ended = [];

    public Task<IntakeAdmission> AdmitAsync(IntakeRecord record, InFlightLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            Evict(_retained.Expired());
            if (record.IdempotencyKey is { } key && _byKey.TryGetValue((record.TenantId, key), out var existingId))
            {
                var existing = _byId[existingId];
                if (existing.Published || existing.RequestHash != record.RequestHash
                    || _holdingSlot.Contains(existingId) || _ended.Contains(existingId))
                {
                    return Task.FromResult(IntakeAdmission.Stored(existing));
                }

                return Task.FromResult(TakeSlot(existing, limits, () => { }));
            }

            var stored = record with { Published = false };
            return Task.FromResult(TakeSlot(stored, limits, () =>
            {
                _byId.Add(stored.GenerationId, stored);
                if (stored.IdempotencyKey is { } newKey)
                {
                    _byKey.Add((stored.TenantId, newKey), stored.GenerationId);
                }
            }));
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

    public Task ReleaseAsync(Guid generationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _holdingSlot.Remove(generationId);
        }

        return Task.CompletedTask;
    }

    public Task MarkEndedAsync(Guid generationId, TerminalStatus status, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(generationId, out var record) && _ended.Add(generationId))
            {
                _holdingSlot.Remove(generationId);
                _byId[generationId] = record with { EndStatus = status };
                Evict(_retained.End(generationId));
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

    public Task<InFlightCount> CountInFlightAsync(string tenantId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var byVendor = InFlightOf(tenantId).GroupBy(x => x.Vendor, StringComparer.Ordinal)
                .ToDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal);
            return Task.FromResult(new InFlightCount(byVendor.Values.Sum(), byVendor));
        }
    }

    void Evict(IReadOnlyList<Guid> expired)
    {
        foreach (var id in expired)
        {
            if (_byId.Remove(id, out var record) && record.IdempotencyKey is { } key)
            {
                _byKey.Remove((record.TenantId, key));
            }

            _ended.Remove(id);
        }
    }

    IntakeAdmission TakeSlot(IntakeRecord record, InFlightLimits limits, Action store)
    {
        var inFlight = InFlightOf(record.TenantId).ToList();
        var forVendor = inFlight.Count(x => x.Vendor == record.Vendor);
        if (IntakeAdmission.LimitReached(limits, inFlight.Count, forVendor) is { } limit)
        {
            return IntakeAdmission.Refused(limit, limit == Quotas.QuotaLimit.MaxInFlight ? inFlight.Count : forVendor);
        }

        store();
        _holdingSlot.Add(record.GenerationId);
        return IntakeAdmission.Stored(record);
    }

    IEnumerable<IntakeRecord> InFlightOf(string tenantId) =>
        _holdingSlot.Select(id => _byId[id]).Where(x => x.TenantId == tenantId);
}
