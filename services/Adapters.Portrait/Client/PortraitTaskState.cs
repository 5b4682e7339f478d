namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>The vendor's task <c>state</c> (seed 004): 3, 4 and 5 are terminal.</summary>
public enum PortraitTaskState
{
    Waiting = 1,
    Running = 2,
    Succeeded = 3,
    PartlySucceeded = 4,
    Failed = 5,
}
