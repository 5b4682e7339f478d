namespace GenerationGateway.VendorSim.Aholo.Faults;

public static class AholoFaultKinds
{
    /// <summary>HTTP 200 with <c>{"c": Code, "m": Message}</c> instead of the normal answer.</summary>
    public const string EnvelopeError = "envelope-error";

    /// <summary>HTTP <c>Status</c> (e.g. 500, 429) with a text body instead of the normal answer.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The next upload to complete ends in upload status <c>Status</c> (6 or 8) instead of 5.</summary>
    public const string UploadFailed = "upload-failed";

    /// <summary>The next created project ends in job status <c>Status</c> (4 failed, 5 cancelled, 6 timeout, 7 rejected) instead of 3.</summary>
    public const string JobStatus = "job-status";

    /// <summary>The next created project never leaves status 2 (running).</summary>
    public const string Stall = "stall";

    public static IReadOnlyList<string> All { get; } = [EnvelopeError, HttpStatus, UploadFailed, JobStatus, Stall];
}
