using GenerationGateway.VendorSim.Rodin.Endpoints;
using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Generate;
using GenerationGateway.VendorSim.Rodin.Tasks;
using GenerationGateway.VendorSim.RequestLog;

namespace GenerationGateway.VendorSim.Rodin;

/// <summary>Registers and maps the Hyper3D Rodin simulator (docs/vendors/rodin.md).</summary>
public static class RodinSimulatorModule
{
    public const string VendorKey = "rodin";

    /// <summary>The simulator as VendorSim walks it (services/GatewayVendors.props names it once).</summary>
    public static SimulatorModule Module { get; } = new(services => services.AddRodinSimulator(), api => api.MapRodinSimulator(), RodinControlEndpoints.Map);

    public static IServiceCollection AddRodinSimulator(this IServiceCollection services)
    {
        services.AddOptions<RodinSimulatorOptions>()
            .BindConfiguration(RodinSimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new SimulatedVendor(VendorKey, RodinRoutes.Prefix));
        services.AddSingleton<RodinTaskStore>();
        services.AddSingleton<RodinAccount>();
        services.AddSingleton<RodinScriptedFaults>();
        services.AddSingleton<RodinSubscriptionKeys>();
        services.AddSingleton<RodinTaskFactory>();
        services.AddSingleton<RodinApiKeyFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapRodinSimulator(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(RodinRoutes.ApiBase)
            .WithTags("Rodin simulator")
            .AddEndpointFilter<RodinApiKeyFilter>();
        api.MapPost(RodinRoutes.Generate, RodinGenerateEndpoint.HandleAsync).DisableAntiforgery();
        api.MapPost(RodinRoutes.Status, RodinStatusEndpoint.HandleAsync).DisableAntiforgery();
        api.MapPost(RodinRoutes.Download, RodinDownloadEndpoint.HandleAsync).DisableAntiforgery();
        api.MapMethods(RodinRoutes.CheckBalance, [HttpMethods.Get, HttpMethods.Post], RodinBalanceEndpoint.Handle);

        endpoints.MapGet(RodinRoutes.Files + "/{token}/{name}", RodinFileEndpoint.Handle).WithTags("Rodin simulator");
        return endpoints;
    }
}
