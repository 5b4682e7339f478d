using GenerationGateway.Identity;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity();
builder.AddWebhooks();
builder.AddMessaging(WebhooksHostingExtensions.AddWebhooksConsumers);

var app = builder.Build();

app.MapServiceDefaults();
app.MapWebhooksEndpoints();

app.Run();

public partial class Program;
