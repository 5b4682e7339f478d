using GenerationGateway.Adapters.Portrait;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Identity;
using GenerationGateway.ServiceDefaults;

var vendor = new PortraitVendorModule();
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity(acceptsAdminKey: false);
builder.AddVendorAdapter(vendor);

var app = builder.Build();

app.MapServiceDefaults();
app.MapVendorAdapter(vendor);

app.Run();

public partial class Program;
