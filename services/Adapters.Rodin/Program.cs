using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;

var vendor = new RodinVendorModule();
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddVendorAdapter(vendor);

var app = builder.Build();

app.MapServiceDefaults();
app.MapVendorAdapter(vendor);

app.Run();

public partial class Program;
