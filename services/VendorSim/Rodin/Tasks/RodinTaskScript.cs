namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>How a task's jobs will play out, decided at submit.</summary>
public enum RodinTaskScript
{
    /// <summary>Every job goes Waiting → Generating → Done.</summary>
    Succeeds,

    /// <summary>The last job ends Failed when it would have been Done; the others end Done.</summary>
    LastJobFails,

    /// <summary>Every job goes Waiting → Generating and stays there.</summary>
    Stalls,
}
