namespace GenerationGateway.Adapters.DashScope;

/// <summary>The <c>task_status</c> words of DashScope's async tasks (docs/vendors/dashscope.md §4).</summary>
public static class DashScopeTaskStatus
{
    public const string Pending = "PENDING";
    public const string Running = "RUNNING";
    public const string Suspended = "SUSPENDED";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Canceled = "CANCELED";

    /// <summary>The task is missing, or kept no longer (24 h after it ended).</summary>
    public const string Unknown = "UNKNOWN";
}
