namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>A clock moved by the test, shared by the simulator and the adapter (signatures carry the adapter's time).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    readonly Lock _gate = new();
    DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
