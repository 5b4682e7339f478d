namespace GenerationGateway.Benchmarks;

/// <summary>
/// One run of the <c>inflight</c> scenario: <see cref="Burst"/> generations of one tenant, then <see cref="Quiet"/> of
/// another, against a vendor whose jobs take <see cref="JobDuration"/> and that runs <see cref="Capacity"/> at once,
/// checked every <see cref="Interval"/>; measured for <see cref="Window"/> after the last request.
/// </summary>
public sealed record InflightPhase(string Name, int Burst, int Quiet, int Capacity, TimeSpan JobDuration, TimeSpan Interval, TimeSpan Window)
{
    public const string BurstTenant = "tenant-burst";

    public const string QuietTenant = "tenant-quiet";

    /// <summary>Status checks plus the submit when every check comes on time: ceil(T / I) + 1.</summary>
    public int IdealCallsPerJob => (int)Math.Ceiling(JobDuration / Interval) + 1;

    /// <summary>How often a slot frees while the vendor is full: T / C.</summary>
    public TimeSpan SlotTime => JobDuration / Capacity;

    public int Total => Burst + Quiet;
}
