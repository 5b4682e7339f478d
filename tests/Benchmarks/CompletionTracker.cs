using System.Collections.Concurrent;
using System.Diagnostics;

namespace GenerationGateway.Benchmarks;

/// <summary>When each generation was requested and when its terminal event arrived.</summary>
public sealed class CompletionTracker
{
    readonly ConcurrentDictionary<Guid, long> _requested = new();
    readonly ConcurrentDictionary<Guid, TimeSpan> _latencies = new();
    readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _expected = int.MaxValue;
    int _failed;

    public int Failed => _failed;

    public int EndedCount => _latencies.Count;

    public IReadOnlyCollection<TimeSpan> Latencies => _latencies.Values.ToArray();

    public Task AllEnded => _all.Task;

    public void Expect(int count)
    {
        _expected = count;
        CheckDone();
    }

    public void Requested(Guid generationId) => _requested[generationId] = Stopwatch.GetTimestamp();

    public void Ended(Guid generationId, bool completed)
    {
        if (!_requested.TryGetValue(generationId, out var started) || !_latencies.TryAdd(generationId, Stopwatch.GetElapsedTime(started)))
        {
            return;
        }

        if (!completed)
        {
            Interlocked.Increment(ref _failed);
        }

        CheckDone();
    }

    void CheckDone()
    {
        if (_latencies.Count >= _expected)
        {
            _all.TrySetResult();
        }
    }
}
