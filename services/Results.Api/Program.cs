using GenerationGateway.AssetStore;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api;
using GenerationGateway.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity();
builder.AddResults();
builder.AddAssetStore();
builder.AddMessaging(ResultsHostingExtensions.AddResultsConsumers);

var app = builder.Build();

app.MapServiceDefaults();
app.MapResultsEndpoints();

app.Run();

public partial class Program;
