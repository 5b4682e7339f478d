namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>
/// Admission of the one-process default (in-memory bus: no other replica to share with). Bounded: past
/// <see cref="MaxQueuedJobs"/> waiting jobs a new one is answered with its place but not kept, and asks again at its next recheck.
/// </summary>
public sealed class InMemoryVendorAdmission(TimeProvider clock) : IVendorAdmission
{
    /// <summary>Jobs one vendor's queue keeps in memory.</summary>
    public const int MaxQueuedJobs = 100_000;

    readonly Lock _gate = new();
    readonly Dictionary<string, VendorQueue> _vendors = new(StringComparer.Ordinal);

    public Task<AdmissionDecision> AcquireAsync(AdmissionTicket ticket, CapacityPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(policy);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var queue = QueueOf(ticket.Vendor);
            if (!queue.Entries.ContainsKey(ticket.GenerationId) && queue.Entries.Count < MaxQueuedJobs + policy.MaxConcurrentJobs)
            {
                queue.Entries[ticket.GenerationId] = new Entry(ticket.TenantId, Math.Max(1, ticket.Weight), now, ticket.Deadline);
            }

            var granted = queue.Pump(policy, now);
            if (queue.Entries.TryGetValue(ticket.GenerationId, out var entry) && entry.GrantedAt is not null)
            {
                return Task.FromResult(new AdmissionDecision { IsGranted = true, Granted = [.. granted.Where(id => id != ticket.GenerationId)] });
            }

            var position = queue.PositionOf(ticket, now);
            return Task.FromResult(new AdmissionDecision
            {
                IsGranted = false,
                Position = position,
                Estimate = FairShare.Estimate(position, policy.MaxConcurrentJobs, queue.MeanSlotTime ?? policy.TypicalJobDuration),
                Granted = granted,
            });
        }
    }

    public Task<IReadOnlyList<Guid>> ReleaseAsync(
        string vendor, Guid generationId, CapacityPolicy policy, Npgsql.NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var queue = QueueOf(vendor);
            if (queue.Entries.Remove(generationId, out var entry) && entry.GrantedAt is { } grantedAt)
            {
                queue.Measure(now - grantedAt);
            }

            return Task.FromResult<IReadOnlyList<Guid>>(queue.Pump(policy, now));
        }
    }

    VendorQueue QueueOf(string vendor)
    {
        if (!_vendors.TryGetValue(vendor, out var queue))
        {
            _vendors[vendor] = queue = new VendorQueue();
        }

        return queue;
    }

    sealed class Entry(string tenantId, int weight, DateTimeOffset enqueuedAt, DateTimeOffset deadline)
    {
        public string TenantId { get; } = tenantId;

        public int Weight { get; } = weight;

        public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

        public DateTimeOffset Deadline { get; } = deadline;

        public DateTimeOffset? GrantedAt { get; set; }
    }

    sealed class VendorQueue
    {
        readonly Dictionary<string, double> _finish = new(StringComparer.Ordinal);
        double _virtualTime;

        public Dictionary<Guid, Entry> Entries { get; } = [];

        public TimeSpan? MeanSlotTime { get; private set; }

        public void Measure(TimeSpan held) =>
            MeanSlotTime = MeanSlotTime is { } mean ? (mean * 0.8) + (held * 0.2) : held;

        public List<Guid> Pump(CapacityPolicy policy, DateTimeOffset now)
        {
            var granted = new List<Guid>();
            var running = Entries.Values.Count(entry => entry.GrantedAt is not null);
            while (running < policy.MaxConcurrentJobs && FairShare.Pick(Backlog(now), _virtualTime) is { } tenant)
            {
                (_finish[tenant.TenantId], _virtualTime) = FairShare.Charge(tenant, _virtualTime);
                Entries[tenant.OldestGenerationId].GrantedAt = now;
                granted.Add(tenant.OldestGenerationId);
                running++;
            }

            return granted;
        }

        public int PositionOf(AdmissionTicket ticket, DateTimeOffset now)
        {
            var rank = 1 + Entries.Count(pair => pair.Value.GrantedAt is null && pair.Value.Deadline > now && pair.Value.TenantId == ticket.TenantId
                && (pair.Value.EnqueuedAt, pair.Key).CompareTo((Entries.TryGetValue(ticket.GenerationId, out var own) ? own.EnqueuedAt : now, ticket.GenerationId)) < 0);
            return FairShare.Position(Backlog(now), ticket.TenantId, rank, _virtualTime);
        }

        List<TenantBacklog> Backlog(DateTimeOffset now) =>
        [
            .. Entries
                .Where(pair => pair.Value.GrantedAt is null && pair.Value.Deadline > now)
                .GroupBy(pair => pair.Value.TenantId, StringComparer.Ordinal)
                .Select(group =>
                {
                    var oldest = group.MinBy(pair => (pair.Value.EnqueuedAt, pair.Key));
                    return new TenantBacklog(group.Key, group.Max(pair => pair.Value.Weight), _finish.GetValueOrDefault(group.Key),
                        group.Count(), oldest.Value.EnqueuedAt, oldest.Key);
                }),
        ];
    }
}
