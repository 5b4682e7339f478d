using GenerationGateway.Adapters.Hunyuan;
using GenerationGateway.Adapters.Workflow;

VendorAdapterHost.Run(new HunyuanVendorModule(), args);

public partial class Program;
