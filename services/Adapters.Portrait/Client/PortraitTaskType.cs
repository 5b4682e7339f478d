namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>The vendor's <c>tsk_type</c> (seed 004).</summary>
public enum PortraitTaskType
{
    Training = 1,
    Generation = 2,
}
