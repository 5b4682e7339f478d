using GenerationGateway.Identity;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.OpenApi;
using GenerationGateway.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity();
builder.AddWebhooks();
builder.AddGatewayOpenApi("Generation gateway: webhooks", "Tenants' webhook endpoints, their signing secrets and deliveries.");
builder.AddMessaging(WebhooksHostingExtensions.AddWebhooksConsumers);

var app = builder.Build();

app.MapServiceDefaults();
app.MapGatewayOpenApi();
app.MapWebhooksEndpoints();

app.Run();

public partial class Program;
