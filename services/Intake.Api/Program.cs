using GenerationGateway.Identity;
using GenerationGateway.Intake.Api;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.OpenApi;
using GenerationGateway.VendorRules;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayIdentity();
builder.AddIntake();
builder.AddGatewayOpenApi("Generation gateway: intake", "Submit and cancel generations; tenant quotas (admin).");
builder.AddGatewayVendorRules();
builder.AddMessaging(IntakeHostingExtensions.AddIntakeConsumers, brokerOutage: BrokerOutageReadiness.StaysReady);
builder.AddVendorWorkflowQueues(services => services.GetRequiredService<VendorRulesCatalog>().Vendors);

var app = builder.Build();

app.MapServiceDefaults();
app.MapGatewayOpenApi();
app.MapIntakeEndpoints();
app.MapAdminApiKeys();

app.Run();

public partial class Program;
