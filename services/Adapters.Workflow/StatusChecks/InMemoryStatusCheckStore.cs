using Npgsql;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>The status checks of the one-process default (in-memory sagas): one replica, so the lease only guards its own passes.</summary>
public sealed class InMemoryStatusCheckStore : IStatusCheckStore
{
    readonly Lock _lock = new();
    readonly Dictionary<Guid, (StatusCheckEntry Entry, string? Owner)> _entries = [];
    readonly SortedSet<(DateTimeOffset Due, Guid GenerationId)> _due = [];

    public Task TrackAsync(StatusCheckEntry entry, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryAdd(entry.GenerationId, (entry, null)))
            {
                _due.Add((entry.NextCheckAt, entry.GenerationId));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StatusCheckEntry>> ClaimDueAsync(string vendor, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var claimed = new List<StatusCheckEntry>();
        lock (_lock)
        {
            foreach (var (due, generationId) in _due.TakeWhile(d => d.Due <= now).ToList())
            {
                var entry = _entries[generationId].Entry;
                if (entry.Vendor != vendor)
                {
                    continue;
                }

                claimed.Add(entry);
                Move(generationId, due, entry with { NextCheckAt = leaseUntil }, owner);
                if (claimed.Count == limit)
                {
                    break;
                }
            }
        }

        return Task.FromResult<IReadOnlyList<StatusCheckEntry>>(claimed);
    }

    public Task RescheduleAsync(string owner, IReadOnlyList<StatusCheckReschedule> checks, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var check in checks)
            {
                if (_entries.TryGetValue(check.GenerationId, out var held) && held.Owner == owner)
                {
                    Move(check.GenerationId, held.Entry.NextCheckAt, held.Entry with
                    {
                        NextCheckAt = check.NextCheckAt,
                        CheckCount = check.CheckCount,
                        ConsecutiveFailures = check.ConsecutiveFailures,
                        LastPercent = check.LastPercent,
                        Job = check.Job ?? held.Entry.Job,
                    }, null);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task CheckNowAsync(Guid generationId, DateTimeOffset now, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(generationId, out var held) && held.Entry.NextCheckAt > now)
            {
                Move(generationId, held.Entry.NextCheckAt, held.Entry with { NextCheckAt = now }, null);
            }
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(Guid generationId, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.Remove(generationId, out var held))
            {
                _due.Remove((held.Entry.NextCheckAt, generationId));
            }
        }

        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> NextDueAsync(string vendor, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var (due, generationId) in _due)
            {
                if (_entries[generationId].Entry.Vendor == vendor)
                {
                    return Task.FromResult<DateTimeOffset?>(due);
                }
            }
        }

        return Task.FromResult<DateTimeOffset?>(null);
    }

    void Move(Guid generationId, DateTimeOffset wasDue, StatusCheckEntry entry, string? owner)
    {
        _due.Remove((wasDue, generationId));
        _due.Add((entry.NextCheckAt, generationId));
        _entries[generationId] = (entry, owner);
    }
}
