using GenerationGateway.Intake.Api;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules.Rodin;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIntake();
builder.AddVendorRequestRules<RodinRequestRules>();
builder.AddMessaging(_ => { });

var app = builder.Build();

app.MapServiceDefaults();
app.MapIntakeEndpoints();

app.Run();

public partial class Program;
