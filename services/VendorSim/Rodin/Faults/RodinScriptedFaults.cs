using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.Rodin.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once, to the first later request it can apply to:
/// request faults (business-error, http-status) to the next request to their endpoint, task faults (job-failed,
/// stall) to the next task actually created.
/// </summary>
public sealed class RodinScriptedFaults : ScriptedFaults<RodinFault>
{
    public RodinFault? TakeRequestFault(string endpoint) => Take(f => !f.IsTaskFault && f.Endpoint == endpoint);

    public RodinFault? TakeTaskFault() => Take(f => f.IsTaskFault);
}
