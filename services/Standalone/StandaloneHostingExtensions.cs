using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Egress;
using GenerationGateway.Identity;
using GenerationGateway.Intake.Api;
using GenerationGateway.Results.Api;
using GenerationGateway.ServiceDefaults.OpenApi;
using GenerationGateway.VendorSim;
using GenerationGateway.WebConsole;
using GenerationGateway.Webhooks;

namespace GenerationGateway.Standalone;

public static class StandaloneHostingExtensions
{
    /// <summary>
    /// Composes intake, results, webhooks, every vendor adapter (<see cref="StandaloneVendors"/>) and the simulators in
    /// this one process. Each vendor's services include its request rules, so intake validates every vendor.
    /// </summary>
    public static IHostApplicationBuilder AddStandalone(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.AddGatewayOpenApi("Generation gateway", "The embedded default: intake, results, the vendor adapters and their simulators in one process.");
        builder.AddIntake();
        builder.AddGatewayVendorRules();
        builder.AddResults();
        builder.AddWebhooks();
        builder.AddGenerationWorkflow();
        builder.AllowOwnOrigin();
        foreach (var vendor in StandaloneVendors.Modules)
        {
            vendor.AddServices(builder);
        }

        builder.AddVendorSimulators();
        builder.AddWorkflowMessaging("scheduler", x =>
        {
            x.AddIntakeConsumers();
            x.AddResultsConsumers();
            x.AddWebhooksConsumers();
            foreach (var vendor in StandaloneVendors.Modules)
            {
                vendor.AddWorkflow(x);
            }
        });
        return builder;
    }

    /// <summary>
    /// The egress guard of the embedded default allows exactly its own origin (host and port of each of its <c>urls</c>),
    /// where its simulators answer the vendor asset links and sample inputs; nothing else on loopback or a private network.
    /// A wildcard listen address (<c>http://+:5080</c>, <c>0.0.0.0</c>, <c>[::]</c>) stands for localhost on that port.
    /// </summary>
    static void AllowOwnOrigin(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.PostConfigure<EgressOptions>(options =>
        {
            foreach (var url in (configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var wildcard = url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
                if (Uri.TryCreate(wildcard, UriKind.Absolute, out var origin))
                {
                    var host = origin.Host is "0.0.0.0" or "[::]" ? "localhost" : origin.Host;
                    options.AllowedHosts.Add($"{host}:{origin.Port}");
                    if (host == "localhost")
                    {
                        options.AllowedHosts.Add($"127.0.0.1:{origin.Port}");
                        options.AllowedHosts.Add($"[::1]:{origin.Port}");
                    }
                }
            }
        });
    }

    public static WebApplication MapStandaloneEndpoints(this WebApplication app)
    {
        app.MapGatewayOpenApi();
        app.MapIntakeEndpoints();
        app.MapAdminApiKeys();
        app.MapResultsEndpoints();
        app.MapWebhooksEndpoints();
        foreach (var vendor in StandaloneVendors.Modules)
        {
            vendor.MapEndpoints(app);
        }

        app.MapVendorSimulators();
        app.MapWebConsole();
        return app;
    }
}
