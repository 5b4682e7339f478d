using GenerationGateway.Adapters.Hunyuan;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGenerationWorkflow();
builder.AddHunyuanVendor();
builder.AddWorkflowMessaging("hunyuan3d-pro-scheduler", (x, storage) => x.AddVendorWorkflow<HunyuanVendorWorkflow>(VendorKeys.Hunyuan3dPro, storage));

var app = builder.Build();

app.MapServiceDefaults();

app.Run();

public partial class Program;
