using GenerationGateway.ServiceDefaults;
using GenerationGateway.WebConsole;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebConsole();

var app = builder.Build();

app.MapServiceDefaults();
app.MapWebConsoleWithApi();

app.Run();
