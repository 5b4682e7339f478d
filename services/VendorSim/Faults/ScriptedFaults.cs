namespace GenerationGateway.VendorSim.Faults;

/// <summary>
/// A simulator's scripted faults in the order they were posted. Each applies once: the vendor's queue says to which
/// later request or task (its <c>Take…</c> methods), and taking a fault removes it.
/// </summary>
public abstract class ScriptedFaults<TFault>
    where TFault : IScriptedFault<TFault>
{
    private readonly Lock _gate = new();
    private readonly List<TFault> _pending = [];

    public void Enqueue(IEnumerable<TFault> faults)
    {
        lock (_gate)
        {
            _pending.AddRange(faults);
        }
    }

    public IReadOnlyList<TFault> Pending()
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

    /// <summary>Removes and returns the first pending fault that <paramref name="matches"/>, or the default when none does.</summary>
    protected TFault? Take(Predicate<TFault> matches)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(matches);
            if (index < 0)
            {
                return default;
            }

            var fault = _pending[index];
            _pending.RemoveAt(index);
            return fault;
        }
    }
}
