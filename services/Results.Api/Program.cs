using GenerationGateway.AssetStore;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity();
builder.AddResults();
builder.AddGatewayOpenApi("Generation gateway: results", "Generations, their live events, assets and usage.");
builder.AddAssetStore();
builder.AddMessaging(ResultsHostingExtensions.AddResultsConsumers);

var app = builder.Build();

app.MapServiceDefaults();
app.MapGatewayOpenApi();
app.MapResultsEndpoints();

app.Run();

public partial class Program;
