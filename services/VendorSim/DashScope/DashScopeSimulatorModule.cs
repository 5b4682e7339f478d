using GenerationGateway.VendorSim.DashScope.Endpoints;
using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Tasks;
using GenerationGateway.VendorSim.RequestLog;

namespace GenerationGateway.VendorSim.DashScope;

/// <summary>Registers and maps the DashScope <c>motionshop-gen3d</c> simulator (seed 002, docs/vendors/dashscope.md).</summary>
public static class DashScopeSimulatorModule
{
    public const string VendorKey = "dashscope";

    /// <summary>The simulator as VendorSim walks it (services/GatewayVendors.props names it once).</summary>
    public static SimulatorModule Module { get; } = new(services => services.AddDashScopeSimulator(), api => api.MapDashScopeSimulator(), DashScopeControlEndpoints.Map);

    public static IServiceCollection AddDashScopeSimulator(this IServiceCollection services)
    {
        services.AddOptions<DashScopeSimulatorOptions>()
            .BindConfiguration(DashScopeSimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new SimulatedVendor(VendorKey, DashScopeRoutes.Prefix));
        services.AddSingleton<Gen3dTaskStore>();
        services.AddSingleton<Gen3dTaskFactory>();
        services.AddSingleton<DashScopeScriptedFaults>();
        services.AddSingleton<DashScopeThrottle>();
        services.AddSingleton<DashScopeApiKeyFilter>();
        services.AddSingleton<DashScopeThrottleFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashScopeSimulator(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(DashScopeRoutes.ApiBase)
            .WithTags("DashScope simulator")
            .AddEndpointFilter<DashScopeApiKeyFilter>();
        api.MapPost(DashScopeRoutes.Submit, DashScopeSubmitEndpoint.HandleAsync).DisableAntiforgery();

        var tasks = api.MapGroup("").AddEndpointFilter<DashScopeThrottleFilter>();
        tasks.MapGet(DashScopeRoutes.Task, DashScopeTaskEndpoint.Handle);
        tasks.MapPost(DashScopeRoutes.Cancel, DashScopeCancelEndpoint.Handle).DisableAntiforgery();

        endpoints.MapGet(DashScopeRoutes.Files + "/{token}/{name}", DashScopeFileEndpoint.Handle).WithTags("DashScope simulator");
        return endpoints;
    }
}
