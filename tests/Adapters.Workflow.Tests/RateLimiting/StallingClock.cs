namespace GenerationGateway.Adapters.Workflow.Tests.RateLimiting;

/// <summary>
/// The system clock, except that the test can make time jump ahead at once, as a stalled process sees it when it
/// resumes: timers still fire by the real clock, but whoever reads the time afterwards finds it moved on.
/// </summary>
public sealed class StallingClock : TimeProvider
{
    long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override long GetTimestamp() =>
        System.GetTimestamp() + (long)(Interlocked.Read(ref _offsetTicks) * (double)TimestampFrequency / TimeSpan.TicksPerSecond);

    public override long TimestampFrequency => System.TimestampFrequency;

    public void Stall(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
