using GenerationGateway.Adapters.DashScope;
using GenerationGateway.Adapters.Workflow;

VendorAdapterHost.Run(new DashScopeVendorModule(), args);

public partial class Program;
