using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Faults;

/// <summary>
/// Scripted faults in posting order. Each applies once: a request fault to the next request to its endpoint
/// (<c>any</c>: any API endpoint), a task fault to the next task it can shape.
/// </summary>
public sealed class PortraitScriptedFaults
{
    private readonly Lock _gate = new();
    private readonly List<PortraitFault> _pending = [];

    public void Enqueue(IEnumerable<PortraitFault> faults)
    {
        lock (_gate)
        {
            _pending.AddRange(faults);
        }
    }

    public IReadOnlyList<PortraitFault> Pending()
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

    /// <summary>The first request fault for <paramref name="endpoint"/>; an <c>any</c> fault never hits the file host.</summary>
    public PortraitFault? TakeRequestFault(string endpoint) => Take(f => f.IsRequestFault
        && (f.Endpoint == endpoint || (f.Endpoint == PortraitFaultEndpoints.Any && endpoint != PortraitFaultEndpoints.Files)));

    /// <summary>How a new task of <paramref name="type"/> ends, taking the first fault that shapes it.</summary>
    public PortraitTaskScript TakeScript(PortraitTaskType type)
    {
        var fault = Take(f => f.Kind == PortraitFaultKinds.Stall
            || (type == PortraitTaskType.Training && f.Kind == PortraitFaultKinds.TrainingFailed)
            || (type == PortraitTaskType.Generation && f.Kind is PortraitFaultKinds.GenerationFailed or PortraitFaultKinds.GenerationPartial));
        return fault?.Kind switch
        {
            PortraitFaultKinds.Stall => PortraitTaskScript.Stalls,
            PortraitFaultKinds.TrainingFailed or PortraitFaultKinds.GenerationFailed => PortraitTaskScript.Fails,
            PortraitFaultKinds.GenerationPartial => PortraitTaskScript.PartlySucceeds,
            _ => PortraitTaskScript.Succeeds,
        };
    }

    /// <summary>True when a duplicate-callback fault was waiting (it is used up).</summary>
    public bool TakeDuplicateCallback() => Take(f => f.Kind == PortraitFaultKinds.DuplicateCallback) is not null;

    private PortraitFault? Take(Func<PortraitFault, bool> matches)
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
