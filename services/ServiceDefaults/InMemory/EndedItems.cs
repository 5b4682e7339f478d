namespace GenerationGateway.ServiceDefaults.InMemory;

/// <summary>
/// The ended items of one in-memory store in the order they ended, and which of them the store should evict now: those
/// ended longer than <see cref="InMemoryRetentionOptions.KeepFor"/> ago, and the oldest beyond
/// <see cref="InMemoryRetentionOptions.MaxEnded"/>. Only what is marked ended is ever named. Not thread-safe: the store
/// calls it under its own lock.
/// </summary>
public sealed class EndedItems<TKey>(InMemoryRetentionOptions options, TimeProvider clock)
    where TKey : notnull
{
    readonly Queue<(TKey Key, DateTimeOffset EndedAt)> _order = new();
    readonly HashSet<TKey> _ended = [];

    public int Count => _ended.Count;

    public bool Contains(TKey key) => _ended.Contains(key);

    /// <summary>Marks <paramref name="key"/> ended (the first time counts) and answers what to evict now.</summary>
    public IReadOnlyList<TKey> End(TKey key)
    {
        if (_ended.Add(key))
        {
            _order.Enqueue((key, clock.GetUtcNow()));
        }

        return Expired();
    }

    /// <summary>The ended items to evict now; they are forgotten here too.</summary>
    public IReadOnlyList<TKey> Expired()
    {
        var now = clock.GetUtcNow();
        List<TKey>? expired = null;
        while (_order.TryPeek(out var oldest) && (_order.Count > options.MaxEnded || now - oldest.EndedAt >= options.KeepFor))
        {
            _order.Dequeue();
            _ended.Remove(oldest.Key);
            (expired ??= []).Add(oldest.Key);
        }

        return expired ?? [];
    }
}
