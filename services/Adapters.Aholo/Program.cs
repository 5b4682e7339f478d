using GenerationGateway.Adapters.Aholo;
using GenerationGateway.Adapters.Workflow;

VendorAdapterHost.Run(new AholoVendorModule(), args);

public partial class Program;
