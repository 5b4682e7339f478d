using GenerationGateway.Adapters.Portrait.Callbacks;
using GenerationGateway.Adapters.Portrait.Styles;
using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Identity;
using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.Portrait;

public static class PortraitVendorHostingExtensions
{
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

    /// <summary>The subject store <c>Vendors:Portrait:Persistence</c> names: PostgreSQL (the default) or in memory.</summary>
    public static IHostApplicationBuilder AddPortraitSubjectStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var persistence = builder.Configuration.GetSection(PortraitOptions.SectionName)
            .GetValue(nameof(PortraitOptions.Persistence), PortraitPersistence.Postgres);
        if (persistence == PortraitPersistence.InMemory)
        {
            builder.Services.TryAddSingleton<ISubjectModelStore, InMemorySubjectModelStore>();
            return builder;
        }

        // Migrated at start and checked by the process's one PostgreSQL readiness check.
        builder.Services.AddPostgresSchema(WorkflowMessagingHostingExtensions.ConnectionStringName, SubjectModelMigrations.Component, SubjectModelMigrations.All);
        builder.Services.TryAddSingleton<PortraitDatabase>();
        builder.Services.TryAddSingleton<ISubjectModelStore, PostgresSubjectModelStore>();
        return builder;
    }
}
