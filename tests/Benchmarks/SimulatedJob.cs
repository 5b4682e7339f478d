namespace GenerationGateway.Benchmarks;

/// <summary>One generation as <see cref="SimulatedVendor"/> saw it (timestamps of <see cref="System.Diagnostics.Stopwatch"/>).</summary>
public sealed class SimulatedJob(string tenant, long requestedAt)
{
    readonly Lock _lock = new();

    public string Tenant { get; } = tenant;

    public long RequestedAt { get; } = requestedAt;

    public long? SubmittedAt { get; private set; }

    public long LastCallAt { get; private set; }

    /// <summary>Paid submits and status checks that reached the vendor.</summary>
    public int Calls { get; private set; }

    public long? DoneSeenAt { get; private set; }

    public void Submitted(long now)
    {
        lock (_lock)
        {
            SubmittedAt ??= now;
            LastCallAt = now;
            Calls++;
        }
    }

    /// <summary>Counts a check; true the first time a check finds the job done.</summary>
    public bool Checked(long now, bool done)
    {
        lock (_lock)
        {
            LastCallAt = now;
            Calls++;
            if (!done || DoneSeenAt is not null)
            {
                return false;
            }

            DoneSeenAt = now;
            return true;
        }
    }
}
