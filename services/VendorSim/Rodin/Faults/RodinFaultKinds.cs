namespace GenerationGateway.VendorSim.Rodin.Faults;

public static class RodinFaultKinds
{
    /// <summary>HTTP 200 with <c>{"error": Error, "message": Message}</c> instead of the normal answer.</summary>
    public const string BusinessError = "business-error";

    /// <summary>HTTP <c>Status</c> (e.g. 500, 429) with a small JSON body instead of the normal answer.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The next created task's last job ends Failed (submit only).</summary>
    public const string JobFailed = "job-failed";

    /// <summary>The next created task's jobs never leave Generating (submit only).</summary>
    public const string Stall = "stall";
}
