using GenerationGateway.Adapters.Portrait;
using GenerationGateway.Adapters.Workflow;

VendorAdapterHost.Run(new PortraitVendorModule(), args);

public partial class Program;
