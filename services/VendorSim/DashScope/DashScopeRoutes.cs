namespace GenerationGateway.VendorSim.DashScope;

/// <summary>Where the DashScope simulator lives. The vendor's <c>https://dashscope.aliyuncs.com/api/v1</c> maps to <see cref="ApiBase"/>.</summary>
public static class DashScopeRoutes
{
    public const string Prefix = "/dashscope";
    public const string ApiBase = Prefix + "/api/v1";
    public const string Submit = "/services/aigc/video-generation/3d-generation";
    public const string Task = "/tasks/{taskId}";
    public const string Cancel = "/tasks/{taskId}/cancel";
    public const string Files = Prefix + "/files";
    public const string Control = "/_sim/dashscope";
}
