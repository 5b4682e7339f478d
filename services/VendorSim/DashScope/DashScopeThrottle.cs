using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.DashScope;

/// <summary>
/// The account limit on the task API (docs/vendors/dashscope.md §3: 20 QPS): per key, at most <c>TaskQueriesPerSecond</c>
/// calls in any window of one second by the simulator's clock. Refused calls do not count.
/// </summary>
public sealed class DashScopeThrottle(TimeProvider time, IOptions<DashScopeSimulatorOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);

    /// <summary>Counts the call and answers true, or answers false when the key has used up the last second.</summary>
    public bool TryAdmit(string key)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_calls.TryGetValue(key, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _calls.Add(key, calls);
            }

            while (calls.Count > 0 && calls.Peek() <= now - Window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= options.Value.TaskQueriesPerSecond)
            {
                return false;
            }

            calls.Enqueue(now);
            return true;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }
}
