using GenerationGateway.Adapters.Aholo;
using GenerationGateway.Adapters.DashScope;
using GenerationGateway.Adapters.Hunyuan;
using GenerationGateway.Adapters.Portrait;
using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Egress;
using GenerationGateway.Identity;
using GenerationGateway.Intake.Api;
using GenerationGateway.Results.Api;
using GenerationGateway.ServiceDefaults.OpenApi;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorSim;
using GenerationGateway.Webhooks;

namespace GenerationGateway.Standalone;

public static class StandaloneHostingExtensions
{
    /// <summary>
    /// Composes intake, results, webhooks, every vendor adapter and the simulators in this one process. Each
    /// <c>AddXxxVendor</c> also registers its vendor's request rules, so intake validates all five vendors.
    /// </summary>
    public static IHostApplicationBuilder AddStandalone(this IHostApplicationBuilder builder)
    {
        StandaloneOwnUrls.AddTo(builder.Configuration, builder.Configuration[WebHostDefaults.ServerUrlsKey]);
        builder.AddGatewayIdentity();
        builder.AddGatewayOpenApi("Generation gateway", "The embedded default: intake, results, the vendor adapters and their simulators in one process.");
        builder.AddIntake();
        builder.AddResults();
        builder.AddWebhooks();
        builder.AddGenerationWorkflow();
        builder.AllowOwnOrigin();
        builder.AddAholoVendor();
        builder.AddDashScopeVendor();
        builder.AddHunyuanVendor();
        builder.AddPortraitVendor();
        builder.AddRodinVendor();
        builder.AddVendorSimulators();
        builder.AddWorkflowMessaging("scheduler", x =>
        {
            x.AddIntakeConsumers();
            x.AddResultsConsumers();
            x.AddWebhooksConsumers();
            x.AddVendorWorkflow<AholoVendorWorkflow>(VendorKeys.Aholo);
            x.AddVendorWorkflow<DashScopeVendorWorkflow>(VendorKeys.DashScopeGen3d);
            x.AddVendorWorkflow<HunyuanVendorWorkflow>(VendorKeys.Hunyuan3dPro);
            x.AddVendorWorkflow<PortraitVendorWorkflow>(VendorKeys.Portrait);
            x.AddVendorWorkflow<RodinVendorWorkflow>(VendorKeys.Rodin);
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
        app.MapPortraitEndpoints();
        app.MapVendorSimulators();
        return app;
    }
}
