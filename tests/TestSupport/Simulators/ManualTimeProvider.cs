namespace GenerationGateway.TestSupport.Simulators;

/// <summary>A clock moved by the test, shared by a simulator and the adapter that calls it.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
