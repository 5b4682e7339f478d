using GenerationGateway.Adapters.Portrait.Callbacks;
using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Portrait.Styles;
using GenerationGateway.Adapters.Portrait.Training;
using GenerationGateway.Adapters.Portrait.VendorApi;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Identity;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Portrait;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.Portrait;

/// <summary>
/// The portrait vendor as every host composes it: typed client, request rules, workflow, style catalogue, callback
/// handling and the subject store (<c>Vendors:Portrait:Persistence</c>: Postgres in <c>ConnectionStrings:Workflow</c>,
/// or InMemory for the embedded default), and its endpoints.
/// </summary>
public sealed class PortraitVendorModule()
    : VendorModule<PortraitVendorWorkflow, PortraitOptions>(PortraitRequestRules.Key, PortraitOptions.SectionName, simulatorPath: "portrait/")
{
    /// <summary>The style catalogue authenticates with the gateway's API keys; the admin key is not accepted here.</summary>
    public override void AddOwnProcess(IHostApplicationBuilder builder) => builder.AddGatewayIdentity(acceptsAdminKey: false);

    /// <summary>The style catalogue and the vendor's callbacks (see <see cref="PortraitVendorHostingExtensions.MapPortraitEndpoints"/>).</summary>
    public override void MapEndpoints(WebApplication app) => app.MapPortraitEndpoints();

    /// <summary>The simulator calls back to the same origin (the secret signs those callback URLs); subjects stay in memory.</summary>
    protected override IEnumerable<(string Name, string Value)> SimulatorValues(Uri origin) =>
    [
        ("PublicCallbackBaseUrl", origin.AbsoluteUri.TrimEnd('/')), ("CallbackSecret", "standalone-simulator-callback-secret"),
        ("AppCode", "sim-portrait-appcode"), ("Persistence", nameof(PortraitPersistence.InMemory)),
        ("TrainingPollInterval", "00:00:01"), ("GenerationPollInterval", "00:00:01"),
    ];

    /// <summary>The calls that create something and the idempotent reads are separate clients: only the reads retry.</summary>
    protected override void AddVendorServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PortraitOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ConnectionString = configuration.GetConnectionString(WorkflowMessagingHostingExtensions.ConnectionStringName));
        AddApis<IPortraitApi, IPortraitReadApi>(services, PortraitJson.ApiSettings);
        services.TryAddTransient<IPortraitClient, PortraitClient>();
        services.TryAddSingleton<PortraitStyleCache>();
        services.TryAddTransient<PortraitStyleCatalog>();
        services.TryAddSingleton<PortraitCallbackUrls>();
        services.TryAddSingleton<PortraitCallbackDeduplicator>();
        services.TryAddTransient<PortraitInputPhotos>();
        services.TryAddTransient<PortraitSubjectTraining>();
        builder.AddPortraitSubjectStore();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, PortraitRequestRules>());
    }
}
