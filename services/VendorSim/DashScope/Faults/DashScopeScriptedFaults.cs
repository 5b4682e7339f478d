using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.DashScope.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once: an http-error to the next request to its
/// endpoint (after the key check and the throttle), a task fault to the next task actually created.
/// </summary>
public sealed class DashScopeScriptedFaults : ScriptedFaults<DashScopeFault>
{
    public DashScopeFault? TakeRequestFault(string endpoint) => Take(f => !f.IsTaskFault && f.Endpoint == endpoint);

    public DashScopeFault? TakeTaskFault() => Take(f => f.IsTaskFault);
}
