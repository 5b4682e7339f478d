using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>
/// The measurements of one attempt at consuming a message, held until its saga change is known to have committed
/// (<see cref="RecordCommitted"/>, or the attempt ending well) and dropped when the attempt failed: a concurrency
/// conflict re-runs the behaviour on a fresh load, and only the attempt that committed counts.
/// </summary>
internal sealed class PendingWorkflowMeasurements
{
    readonly Lock _lock = new();
    readonly List<Action> _pending = [];

    /// <summary>Records what the consume of <paramref name="context"/> measured; its saga change has just committed.</summary>
    public static void RecordCommitted(ConsumeContext context)
    {
        if (context.TryGetPayload(out PendingWorkflowMeasurements? pending))
        {
            pending.Record();
        }
    }

    public void Add(IEnumerable<Action> measurements)
    {
        lock (_lock)
        {
            _pending.AddRange(measurements);
        }
    }

    public void Discard()
    {
        lock (_lock)
        {
            _pending.Clear();
        }
    }

    public void Record()
    {
        Action[] measurements;
        lock (_lock)
        {
            measurements = [.. _pending];
            _pending.Clear();
        }

        foreach (var record in measurements)
        {
            record();
        }
    }
}
