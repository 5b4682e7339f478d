namespace GenerationGateway.Adapters.Workflow.Vendors;

public enum VendorJobStatus
{
    Running,
    Succeeded,
    Failed,
}
