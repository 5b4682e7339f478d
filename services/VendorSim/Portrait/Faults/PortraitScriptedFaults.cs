using GenerationGateway.VendorSim.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Faults;

/// <summary>
/// Scripted faults in posting order. Each applies once: a request fault to the next request to its endpoint
/// (<c>any</c>: any API endpoint), a task fault to the next task it can shape.
/// </summary>
public sealed class PortraitScriptedFaults : ScriptedFaults<PortraitFault>
{
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
}
