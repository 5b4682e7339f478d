namespace GenerationGateway.VendorSim.DashScope.Faults;

public static class DashScopeFaultKinds
{
    /// <summary>HTTP <c>Status</c> with <c>{"request_id","code","message"}</c> instead of the normal answer.</summary>
    public const string HttpError = "http-error";

    /// <summary>The next created task ends FAILED with <c>Code</c>/<c>Message</c> (submit only).</summary>
    public const string TaskFailed = "task-failed";

    /// <summary>The next created task stays PENDING until cancelled (submit only).</summary>
    public const string StayPending = "stay-pending";

    /// <summary>The next created task goes RUNNING and stays there (submit only).</summary>
    public const string Stall = "stall";

    public static IReadOnlyList<string> All { get; } = [HttpError, TaskFailed, StayPending, Stall];
}
