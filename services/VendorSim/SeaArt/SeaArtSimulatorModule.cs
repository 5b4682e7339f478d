using GenerationGateway.VendorSim.RequestLog;
using GenerationGateway.VendorSim.SeaArt.Endpoints;
using GenerationGateway.VendorSim.SeaArt.Faults;
using GenerationGateway.VendorSim.SeaArt.Tasks;

namespace GenerationGateway.VendorSim.SeaArt;

/// <summary>Registers and maps the SeaArt gateway simulator serving Tencent Hunyuan 3D Pro (docs/vendors/hunyuan.md §9).</summary>
public static class SeaArtSimulatorModule
{
    public const string VendorKey = "seaart";

    /// <summary>The simulator as VendorSim walks it (services/GatewayVendors.props names it once).</summary>
    public static SimulatorModule Module { get; } = new(services => services.AddSeaArtSimulator(), api => api.MapSeaArtSimulator(), SeaArtControlEndpoints.Map);

    public static IServiceCollection AddSeaArtSimulator(this IServiceCollection services)
    {
        services.AddOptions<SeaArtSimulatorOptions>()
            .BindConfiguration(SeaArtSimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new SimulatedVendor(VendorKey, SeaArtRoutes.Prefix));
        services.AddSingleton<SeaArtTaskStore>();
        services.AddSingleton<SeaArtScriptedFaults>();
        services.AddSingleton<SeaArtTaskFactory>();
        services.AddSingleton<SeaArtApiKeyFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapSeaArtSimulator(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(SeaArtRoutes.ApiBase)
            .WithTags("SeaArt simulator")
            .AddEndpointFilter<SeaArtApiKeyFilter>();
        api.MapPost(SeaArtRoutes.Generation, SeaArtCreateEndpoint.HandleAsync).DisableAntiforgery();
        api.MapGet(SeaArtRoutes.Task, SeaArtTaskEndpoint.Handle);

        endpoints.MapGet(SeaArtRoutes.Files + "/{token}/{name}", SeaArtFileEndpoint.Handle).WithTags("SeaArt simulator");
        return endpoints;
    }
}
