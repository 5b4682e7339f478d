namespace GenerationGateway.VendorSim.SeaArt.Faults;

public static class SeaArtFaultKinds
{
    /// <summary>HTTP <c>Status</c> with an error body instead of the normal answer (429 adds <c>Retry-After</c>).</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The next created task ends <c>failed</c> with <c>Code</c> (default 13001095) when it would have completed.</summary>
    public const string TaskFailed = "task-failed";

    /// <summary>The next created task stays <c>in_progress</c> for ever.</summary>
    public const string Stall = "stall";

    public static IReadOnlyList<string> All { get; } = [HttpStatus, TaskFailed, Stall];
}
