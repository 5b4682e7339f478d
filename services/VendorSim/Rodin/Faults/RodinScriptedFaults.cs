namespace GenerationGateway.VendorSim.Rodin.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once, to the first later request it can apply to:
/// request faults (business-error, http-status) to the next request to their endpoint, task faults (job-failed,
/// stall) to the next task actually created.
/// </summary>
public sealed class RodinScriptedFaults
{
    private readonly Lock _gate = new();
    private readonly List<RodinFault> _pending = [];

    public void Enqueue(IEnumerable<RodinFault> faults)
    {
        lock (_gate)
        {
            _pending.AddRange(faults);
        }
    }

    public IReadOnlyList<RodinFault> Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    public RodinFault? TakeRequestFault(string endpoint) => Take(f => !f.IsTaskFault && f.Endpoint == endpoint);

    public RodinFault? TakeTaskFault() => Take(f => f.IsTaskFault);

    private RodinFault? Take(Func<RodinFault, bool> matches)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(f => matches(f));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            _pending.RemoveAt(index);
            return fault;
        }
    }
}
