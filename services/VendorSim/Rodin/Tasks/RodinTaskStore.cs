using System.Collections.Concurrent;

namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>The simulator's tasks, found by task uuid (download) or subscription key (status).</summary>
public sealed class RodinTaskStore
{
    private readonly ConcurrentDictionary<string, RodinTask> _byUuid = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RodinTask> _bySubscriptionKey = new(StringComparer.Ordinal);
    private int _created;

    /// <summary>Tasks created since start (or the last reset), counting the next one: 1 for the first task.</summary>
    public int NextOrdinal() => Interlocked.Increment(ref _created);

    public void Add(RodinTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        _byUuid[task.Uuid] = task;
        _bySubscriptionKey[task.SubscriptionKey] = task;
    }

    public RodinTask? FindByUuid(string uuid) => _byUuid.GetValueOrDefault(uuid);

    public RodinTask? FindBySubscriptionKey(string subscriptionKey) => _bySubscriptionKey.GetValueOrDefault(subscriptionKey);

    public void Clear()
    {
        _byUuid.Clear();
        _bySubscriptionKey.Clear();
        Interlocked.Exchange(ref _created, 0);
    }
}
