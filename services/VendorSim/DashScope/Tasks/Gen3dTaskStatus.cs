namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>The <c>task_status</c> words the simulator reports (docs/vendors/dashscope.md §4).</summary>
public static class Gen3dTaskStatus
{
    public const string Pending = "PENDING";
    public const string Running = "RUNNING";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Canceled = "CANCELED";
    public const string Unknown = "UNKNOWN";
}
