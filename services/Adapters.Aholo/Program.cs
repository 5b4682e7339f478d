using GenerationGateway.Adapters.Aholo;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGenerationWorkflow();
builder.AddAholoVendor();
builder.AddWorkflowMessaging("aholo-scheduler", (x, storage) => x.AddVendorWorkflow<AholoVendorWorkflow>(VendorKeys.Aholo, storage));

var app = builder.Build();

app.MapServiceDefaults();

app.Run();

public partial class Program;
