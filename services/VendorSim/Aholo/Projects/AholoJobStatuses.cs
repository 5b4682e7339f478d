namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>Job statuses from the seed: 3 success; 4 failed, 5 cancelled, 6 timeout, 7 rejected are terminal; 0, 1, 2, 8 are not.</summary>
public static class AholoJobStatuses
{
    public const int Queued = 0;
    public const int Waiting = 1;
    public const int Running = 2;
    public const int Succeeded = 3;
    public const int Failed = 4;
    public const int Cancelled = 5;
    public const int TimedOut = 6;
    public const int Rejected = 7;
    public const int Preprocessing = 8;

    public static string MessageOf(int status) => status switch
    {
        Failed => "Reconstruction failed.",
        Cancelled => "The task was cancelled.",
        TimedOut => "The task timed out.",
        Rejected => "The input was rejected by review.",
        _ => string.Empty,
    };
}
