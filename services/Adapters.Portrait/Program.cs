using GenerationGateway.Adapters.Portrait;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Identity;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity(acceptsAdminKey: false);
builder.AddGenerationWorkflow();
builder.AddPortraitVendor();
builder.AddWorkflowMessaging("portrait-scheduler", (x, storage) => x.AddVendorWorkflow<PortraitVendorWorkflow>(VendorKeys.Portrait, storage));

var app = builder.Build();

app.MapServiceDefaults();
app.MapPortraitEndpoints();

app.Run();

public partial class Program;
