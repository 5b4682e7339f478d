using System.Collections.Concurrent;

namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>What the portrait simulator remembers: uploaded paths, tasks by id, and each user's training task.</summary>
public sealed class PortraitSimStore
{
    private readonly ConcurrentDictionary<string, byte> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PortraitTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PortraitTask> _trainingsByUser = new(StringComparer.Ordinal);
    private int _users;

    public void AddUpload(string path) => _uploads[path] = 0;

    public bool IsUploaded(string path) => _uploads.ContainsKey(path);

    public string NextUserId() => $"U{Interlocked.Increment(ref _users):D13}";

    public void Add(PortraitTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        _tasks[task.Id] = task;
        if (task.Type == PortraitTaskType.Training)
        {
            _trainingsByUser[task.UserId] = task;
        }
    }

    public PortraitTask? Find(string taskId) => _tasks.GetValueOrDefault(taskId);

    public PortraitTask? TrainingOf(string userId) => _trainingsByUser.GetValueOrDefault(userId);

    public IReadOnlyList<PortraitTask> Tasks() => [.. _tasks.Values];

    public void Clear()
    {
        _uploads.Clear();
        _tasks.Clear();
        _trainingsByUser.Clear();
    }
}
