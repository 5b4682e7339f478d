namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>The vendor's <c>state</c>: 1 waiting, 2 running, 3 success, 4 partial success, 5 failed (3, 4, 5 are terminal).</summary>
public enum PortraitTaskState
{
    Waiting = 1,
    Running = 2,
    Succeeded = 3,
    PartlySucceeded = 4,
    Failed = 5,
}
