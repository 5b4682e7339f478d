namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>How a task plays out, decided at submit.</summary>
public enum Gen3dTaskScript
{
    /// <summary>PENDING → RUNNING → SUCCEEDED with a PLY.</summary>
    Succeeds,

    /// <summary>PENDING → RUNNING → FAILED with the task's failure code and message.</summary>
    Fails,

    /// <summary>Stays PENDING (until cancelled).</summary>
    StaysPending,

    /// <summary>PENDING → RUNNING, and stays RUNNING.</summary>
    Stalls,
}
