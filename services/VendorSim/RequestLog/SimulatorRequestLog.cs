namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>
/// Every request the simulated vendors received, oldest first. A singleton: in-process tests resolve it from the
/// host's services; out-of-process callers read it through <c>GET /_sim/requests</c>.
/// </summary>
public sealed class SimulatorRequestLog
{
    /// <summary>The log keeps the newest entries up to this many.</summary>
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly LinkedList<RecordedRequest> _entries = new();
    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            _entries.AddLast(request);
            if (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    /// <summary>The recorded requests in order of arrival, optionally only those of one vendor.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot(string? vendor = null)
    {
        lock (_gate)
        {
            return [.. _entries
                .Where(r => vendor is null || string.Equals(r.Vendor, vendor, StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r.Sequence)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
