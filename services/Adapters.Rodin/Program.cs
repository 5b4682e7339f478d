using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow;

VendorAdapterHost.Run(new RodinVendorModule(), args);

public partial class Program;
