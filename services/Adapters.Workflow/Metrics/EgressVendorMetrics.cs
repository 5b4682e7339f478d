namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>Marks a host whose egress client already measures vendor asset downloads (added once however often the workflow is added).</summary>
sealed class EgressVendorMetrics;
