namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>How a task ends once its waiting and running times have passed.</summary>
public enum PortraitTaskScript
{
    Succeeds,
    Fails,
    PartlySucceeds,
    Stalls,
}
