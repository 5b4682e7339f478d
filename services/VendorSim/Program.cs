using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorSim;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddVendorSimulators();

var app = builder.Build();

app.MapServiceDefaults();
app.MapVendorSimulators();

app.Run();

public partial class Program;
