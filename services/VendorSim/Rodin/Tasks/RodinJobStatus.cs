namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>The per-job statuses <c>/status</c> reports, spelled as on the wire.</summary>
public enum RodinJobStatus
{
    Waiting,
    Generating,
    Done,
    Failed,
}
