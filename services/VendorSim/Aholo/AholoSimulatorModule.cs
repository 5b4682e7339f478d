using GenerationGateway.VendorSim.Aholo.Endpoints;
using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Projects;
using GenerationGateway.VendorSim.Aholo.Uploads;
using GenerationGateway.VendorSim.RequestLog;

namespace GenerationGateway.VendorSim.Aholo;

/// <summary>Registers and maps the Kujiale Aholo simulator (docs/vendors/aholo.md, seed 000).</summary>
public static class AholoSimulatorModule
{
    public const string VendorKey = "aholo";

    /// <summary>The simulator as VendorSim walks it (services/GatewayVendors.props names it once).</summary>
    public static SimulatorModule Module { get; } = new(services => services.AddAholoSimulator(), api => api.MapAholoSimulator(), AholoControlEndpoints.Map);

    public static IServiceCollection AddAholoSimulator(this IServiceCollection services)
    {
        services.AddOptions<AholoSimulatorOptions>()
            .BindConfiguration(AholoSimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new SimulatedVendor(VendorKey, AholoRoutes.Prefix));
        services.AddSingleton<AholoScriptedFaults>();
        services.AddSingleton<AholoUploadStorage>();
        services.AddSingleton<AholoProjectStore>();
        services.AddSingleton<AholoLinks>();
        services.AddSingleton<AholoTaskViews>();
        services.AddSingleton<AholoSignatureFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapAholoSimulator(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(AholoRoutes.ApiBase)
            .WithTags("Aholo simulator")
            .AddEndpointFilter<AholoSignatureFilter>();
        api.MapGet(AholoRoutes.UploadToken, AholoTokenEndpoint.Handle);
        api.MapPost(AholoRoutes.CreateReconstruction, AholoCreateEndpoints.ReconstructionAsync);
        api.MapPost(AholoRoutes.CreateGeneration, AholoCreateEndpoints.GenerationAsync);
        api.MapPost(AholoRoutes.TaskListByIds, AholoQueryEndpoints.TaskListAsync);
        api.MapGet(AholoRoutes.ProjectInfo, AholoQueryEndpoints.Info);

        var ous = endpoints.MapGroup(AholoRoutes.OusBase).WithTags("Aholo simulator (upload host)");
        ous.MapPost(AholoRoutes.SingleUpload, AholoUploadEndpoints.SingleAsync).DisableAntiforgery();
        ous.MapPost(AholoRoutes.BlockInit, AholoUploadEndpoints.InitAsync).DisableAntiforgery();
        ous.MapPost(AholoRoutes.BlockPart, AholoUploadEndpoints.PartAsync).DisableAntiforgery();
        ous.MapPost(AholoRoutes.BlockAbort, AholoUploadEndpoints.Abort).DisableAntiforgery();
        ous.MapGet(AholoRoutes.UploadStatus, AholoUploadStatusEndpoint.Handle);

        endpoints.MapGet(AholoRoutes.Files + "/{token}/{name}", AholoFileEndpoints.File).WithTags("Aholo simulator");
        endpoints.MapGet(AholoRoutes.Samples + "/{name}", AholoFileEndpoints.Sample).WithTags("Aholo simulator");
        return endpoints;
    }
}
