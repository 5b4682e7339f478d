namespace GenerationGateway.Adapters.DashScope.VendorApi;

static class DashScopeHeaders
{
    /// <summary>Names the workspace (sub-account) a call is billed to; sent only when one is configured.</summary>
    public const string Workspace = "X-DashScope-WorkSpace";
}
