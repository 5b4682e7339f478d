using GenerationGateway.VendorSim.Portrait.Api;
using GenerationGateway.VendorSim.Portrait.Callbacks;
using GenerationGateway.VendorSim.Portrait.Control;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;
using GenerationGateway.VendorSim.RequestLog;

namespace GenerationGateway.VendorSim.Portrait;

/// <summary>Registers and maps the AI portrait (写真照) simulator (seed 004, docs/vendors/portrait.md §4).</summary>
public static class PortraitSimulatorModule
{
    public const string VendorKey = "portrait";

    /// <summary>The simulator as VendorSim walks it (services/GatewayVendors.props names it once).</summary>
    public static SimulatorModule Module { get; } = new(services => services.AddPortraitSimulator(), api => api.MapPortraitSimulator(), PortraitControlEndpoints.Map);

    public static IServiceCollection AddPortraitSimulator(this IServiceCollection services)
    {
        services.AddOptions<PortraitSimulatorOptions>()
            .BindConfiguration(PortraitSimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new SimulatedVendor(VendorKey, PortraitRoutes.Prefix));
        services.AddSingleton<PortraitSimStore>();
        services.AddSingleton<PortraitScriptedFaults>();
        services.AddSingleton<PortraitTaskFactory>();
        services.AddSingleton<PortraitTaskLinks>();
        services.AddSingleton<PortraitCallbackLog>();
        services.AddSingleton<PortraitAppCodeFilter>();
        services.AddHttpClient(PortraitCallbackDispatcher.HttpClientName);
        services.AddSingleton<PortraitCallbackDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<PortraitCallbackDispatcher>());
        return services;
    }

    public static IEndpointRouteBuilder MapPortraitSimulator(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PortraitRoutes.ApiBase)
            .WithTags("Portrait simulator")
            .AddEndpointFilter<PortraitAppCodeFilter>();
        api.MapPost(PortraitRoutes.UploadFile, PortraitUploadEndpoint.HandleAsync).DisableAntiforgery();
        api.MapPost(PortraitRoutes.UserModelCreate, PortraitUserModelEndpoint.HandleAsync);
        api.MapPost(PortraitRoutes.TaskQuery, PortraitTaskQueryEndpoint.HandleAsync);
        api.MapGet(PortraitRoutes.ProductBriefQuery, PortraitStylesEndpoint.Handle);
        api.MapPost(PortraitRoutes.TaskCreate, PortraitTaskCreateEndpoint.HandleAsync);

        endpoints.MapGet(PortraitRoutes.Files + "/{token}/{name}", PortraitFileEndpoints.Photo).WithTags("Portrait simulator");
        endpoints.MapGet(PortraitRoutes.Templates + "/{style}", PortraitFileEndpoints.Template).WithTags("Portrait simulator");
        return endpoints;
    }
}
