namespace GenerationGateway.VendorSim.DashScope.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once: an http-error to the next request to its
/// endpoint (after the key check and the throttle), a task fault to the next task actually created.
/// </summary>
public sealed class DashScopeScriptedFaults
{
    private readonly Lock _gate = new();
    private readonly List<DashScopeFault> _pending = [];

    public void Enqueue(IEnumerable<DashScopeFault> faults)
    {
        lock (_gate)
        {
            _pending.AddRange(faults);
        }
    }

    public IReadOnlyList<DashScopeFault> Pending()
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

    public DashScopeFault? TakeRequestFault(string endpoint) => Take(f => !f.IsTaskFault && f.Endpoint == endpoint);

    public DashScopeFault? TakeTaskFault() => Take(f => f.IsTaskFault);

    private DashScopeFault? Take(Predicate<DashScopeFault> matches)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(matches);
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
