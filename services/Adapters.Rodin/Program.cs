using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGenerationWorkflow();
builder.AddRodinVendor();
builder.AddWorkflowMessaging("rodin-scheduler", (x, storage) => x.AddVendorWorkflow<RodinVendorWorkflow>(VendorKeys.Rodin, storage));

var app = builder.Build();

app.MapServiceDefaults();

app.Run();

public partial class Program;
