using GenerationGateway.Adapters.DashScope;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGenerationWorkflow();
builder.AddDashScopeVendor();
builder.AddWorkflowMessaging("dashscope-scheduler", (x, storage) => x.AddVendorWorkflow<DashScopeVendorWorkflow>(VendorKeys.DashScopeGen3d, storage));

var app = builder.Build();

app.MapServiceDefaults();

app.Run();

public partial class Program;
