using GenerationGateway.Adapters.Aholo;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGenerationWorkflow();
builder.AddAholoVendor();
builder.AddWorkflowMessaging("aholo-scheduler", x => x.AddVendorWorkflow<AholoVendorWorkflow>(VendorKeys.Aholo));

var app = builder.Build();

app.MapServiceDefaults();

app.Run();

public partial class Program;
