namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>The vendor's <c>tsk_type</c>.</summary>
public enum PortraitTaskType
{
    Training = 1,
    Generation = 2,
}
