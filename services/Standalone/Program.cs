using GenerationGateway.ServiceDefaults;
using GenerationGateway.Standalone;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStandalone();

var app = builder.Build();

app.MapServiceDefaults();
app.MapStandaloneEndpoints();

app.Run();
