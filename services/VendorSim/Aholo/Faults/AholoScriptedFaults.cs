using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.Aholo.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once: request faults to the next request to their
/// endpoint (after the signature or token check), upload faults to the next upload to complete, job faults to
/// the next project created.
/// </summary>
public sealed class AholoScriptedFaults : ScriptedFaults<AholoFault>
{
    public AholoFault? TakeRequestFault(string endpoint) => Take(f => f.IsRequestFault && f.Endpoint == endpoint);

    public AholoFault? TakeUploadFault() => Take(f => f.Kind == AholoFaultKinds.UploadFailed);

    public AholoFault? TakeJobFault() => Take(f => f.Kind is AholoFaultKinds.JobStatus or AholoFaultKinds.Stall);
}
