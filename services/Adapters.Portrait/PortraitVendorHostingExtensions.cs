using GenerationGateway.Adapters.Portrait.Callbacks;
using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Portrait.Styles;
using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Adapters.Portrait.Training;
using GenerationGateway.Adapters.Portrait.VendorApi;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Egress;
using GenerationGateway.Identity;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Portrait;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Portrait;

public static class PortraitVendorHostingExtensions
{
    /// <summary>
    /// Registers the portrait vendor: options (validated at start), typed client, request rules, workflow, style
    /// catalogue, callback handling and the subject store (<c>Vendors:Portrait:Persistence</c>: Postgres in
    /// <c>ConnectionStrings:Workflow</c>, or InMemory for the Standalone host).
    /// </summary>
    public static IHostApplicationBuilder AddPortraitVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddEgress();

        services.AddOptions<PortraitOptions>()
            .BindConfiguration(PortraitOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(WorkflowMessagingHostingExtensions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The calls that create something and the idempotent reads are separate clients: only the reads retry (VendorResilience).
        services.AddRefitGeneratedClient<IPortraitApi>(PortraitJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorMetrics(PortraitRequestRules.Key);
        services.AddRefitGeneratedClient<IPortraitReadApi>(PortraitJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorReadResilience()
            .AddVendorMetrics(PortraitRequestRules.Key);
        services.TryAddTransient<IPortraitClient, PortraitClient>();

        services.TryAddSingleton<PortraitStyleCache>();
        services.TryAddTransient<PortraitStyleCatalog>();
        services.TryAddSingleton<PortraitCallbackUrls>();
        services.TryAddSingleton<PortraitCallbackDeduplicator>();
        services.TryAddTransient<PortraitInputPhotos>();
        services.TryAddTransient<PortraitSubjectTraining>();
        AddSubjectStore(builder);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, PortraitRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<PortraitVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, PortraitVendorWorkflow>());
        return builder;
    }

    /// <summary>
    /// <c>GET /v1/vendors/portrait/styles</c> (the style catalogue) and <c>POST /v1/vendor-callbacks/portrait/{generationId}</c>
    /// (the vendor's callbacks; needs the portrait workflow on this host's bus).
    /// </summary>
    public static WebApplication MapPortraitEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(PortraitStylesEndpoint.Route, PortraitStylesEndpoint.HandleAsync).WithTags("Portrait").RequireAuthorization(GatewayScopes.GenerationsRead);
        app.MapPost(PortraitCallbackUrls.Route, PortraitCallbackEndpoint.HandleAsync).WithTags("Portrait").DisableAntiforgery();
        return app;
    }

    static void ConfigureApi(IServiceProvider provider, HttpClient http)
    {
        var options = provider.GetRequiredService<IOptions<PortraitOptions>>().Value;
        http.BaseAddress = options.BaseUrl ?? throw new InvalidOperationException($"{PortraitOptions.SectionName}:BaseUrl is required.");
        http.Timeout = options.Timeout;
    }

    static void AddSubjectStore(IHostApplicationBuilder builder)
    {
        var persistence = builder.Configuration.GetSection(PortraitOptions.SectionName)
            .GetValue(nameof(PortraitOptions.Persistence), PortraitPersistence.Postgres);
        if (persistence == PortraitPersistence.InMemory)
        {
            builder.Services.TryAddSingleton<ISubjectModelStore, InMemorySubjectModelStore>();
            return;
        }

        // Migrated at start and checked by the process's one PostgreSQL readiness check.
        builder.Services.AddPostgresSchema(WorkflowMessagingHostingExtensions.ConnectionStringName, SubjectModelMigrations.Component, SubjectModelMigrations.All);
        builder.Services.TryAddSingleton<PortraitDatabase>();
        builder.Services.TryAddSingleton<ISubjectModelStore, PostgresSubjectModelStore>();
    }
}
