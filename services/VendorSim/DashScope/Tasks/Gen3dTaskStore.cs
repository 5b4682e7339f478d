using System.Collections.Concurrent;

namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>The simulator's tasks by task id.</summary>
public sealed class Gen3dTaskStore
{
    private readonly ConcurrentDictionary<string, Gen3dTask> _tasks = new(StringComparer.Ordinal);
    private int _created;

    /// <summary>Tasks created since start (or the last reset), counting the next one: 1 for the first task.</summary>
    public int NextOrdinal() => Interlocked.Increment(ref _created);

    public void Add(Gen3dTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        _tasks[task.TaskId] = task;
    }

    public Gen3dTask? Find(string taskId) => _tasks.GetValueOrDefault(taskId);

    public void Clear()
    {
        _tasks.Clear();
        Interlocked.Exchange(ref _created, 0);
    }
}
