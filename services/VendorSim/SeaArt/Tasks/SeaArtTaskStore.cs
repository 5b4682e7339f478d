using System.Collections.Concurrent;

namespace GenerationGateway.VendorSim.SeaArt.Tasks;

/// <summary>The simulator's tasks by id.</summary>
public sealed class SeaArtTaskStore
{
    private readonly ConcurrentDictionary<string, SeaArtTask> _tasks = new(StringComparer.Ordinal);
    private int _created;

    /// <summary>Tasks created since start (or the last reset), counting the next one: 1 for the first task.</summary>
    public int NextOrdinal() => Interlocked.Increment(ref _created);

    public void Add(SeaArtTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        _tasks[task.Id] = task;
    }

    public SeaArtTask? Find(string id) => _tasks.GetValueOrDefault(id);

    public void Clear()
    {
        _tasks.Clear();
        Interlocked.Exchange(ref _created, 0);
    }
}
