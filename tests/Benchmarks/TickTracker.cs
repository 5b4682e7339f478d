using System.Collections.Concurrent;

namespace GenerationGateway.Benchmarks;

/// <summary>The lateness of each received tick; duplicates counted apart.</summary>
public sealed class TickTracker
{
    readonly ConcurrentDictionary<Guid, TimeSpan> _lags = new();
    readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _expected = int.MaxValue;
    int _duplicates;

    public int Duplicates => _duplicates;

    public IReadOnlyCollection<TimeSpan> Lags => _lags.Values.ToArray();

    public Task AllReceived => _all.Task;

    public void Expect(int count) => _expected = count;

    public void Received(Guid id, TimeSpan lag)
    {
        if (!_lags.TryAdd(id, lag))
        {
            Interlocked.Increment(ref _duplicates);
        }
        else if (_lags.Count >= _expected)
        {
            _all.TrySetResult();
        }
    }
}
