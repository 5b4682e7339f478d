namespace GenerationGateway.Adapters.Workflow;

public static class WorkflowHttpClients
{
    /// <summary>The HttpClient that downloads vendor assets into the asset store.</summary>
    public const string VendorAssets = "vendor-assets";
}
