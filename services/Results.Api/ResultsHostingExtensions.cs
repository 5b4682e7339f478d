using GenerationGateway.Contracts;
using GenerationGateway.Identity;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.Results.Api.Assets;
using GenerationGateway.Results.Api.Consumers;
using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.Results.Api.Usage;
using GenerationGateway.ServiceDefaults.FaultInjection;
using GenerationGateway.ServiceDefaults.InMemory;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api;

public static class ResultsHostingExtensions
{
    const string MissingConnectionString =
        $"ConnectionStrings:{ResultsOptions.ConnectionStringName} is required when {ResultsOptions.SectionName}:Persistence is Postgres.";

    /// <summary>The generation store chosen by <c>Results:Persistence</c>, schema migration at start, and the database health check.</summary>
    public static IHostApplicationBuilder AddResults(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ResultsOptions>()
            .BindConfiguration(ResultsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IConfiguration>(
                (options, configuration) => options.Persistence != ResultsPersistence.Postgres
                    || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ResultsOptions.ConnectionStringName)),
                MissingConnectionString)
            .ValidateOnStart();

        builder.Services.AddOptions<AssetUrlOptions>()
            .BindConfiguration(AssetUrlOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<GenerationEventsOptions>()
            .BindConfiguration(GenerationEventsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<GenerationEventWriter>();
        builder.Services.AddSingleton<AssetUrlSigner>();
        builder.Services.AddSingleton<TenantView>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddInMemoryRetention();
        builder.Services.AddSingleton<InMemoryGenerationStore>();
        builder.Services.AddSingleton<IGenerationStore>(provider =>
            provider.GetRequiredService<IOptions<ResultsOptions>>().Value.Persistence == ResultsPersistence.InMemory
                ? provider.GetRequiredService<InMemoryGenerationStore>()
                : provider.GetRequiredService<PostgresGenerationStore>());

        var persistence = builder.Configuration.GetSection(ResultsOptions.SectionName).Get<ResultsOptions>()?.Persistence;
        if (persistence is null or ResultsPersistence.Postgres)
        {
            // Migrated at start (before the bus) and checked by the one PostgreSQL readiness check; one pool per database.
            builder.Services.AddSingleton<ResultsDatabase>();
            builder.Services.AddSingleton<PostgresGenerationStore>();
            builder.Services.AddPostgresSchema(ResultsOptions.ConnectionStringName, ResultsMigrations.Component, ResultsMigrations.All, ResultsMigrations.LegacyVersionTable);
            builder.Services.AddPostgresRetentionTask<ResultsRetention>();
        }

        return builder;
    }

    const string EventsDescription =
        "`text/event-stream`. Events: `accepted` and `progress` (data: generationId, vendor, status, stage, percent never " +
        "decreasing, etaSeconds where estimable; while stage is `queued`, queue: {position, estimatedStartSeconds}, an event each " +
        "time the place moves), then one of `completed`, `failed`, `cancelled` (data: the generation as " +
        "`GET /v1/generations/{id}` returns it, assets included). Every event has an `id:`; reconnect with `Last-Event-ID` " +
        "to resume after it. A `: keep-alive` comment every 15 s (`Results:Events:KeepAliveInterval`).";

    /// <summary>The lifecycle consumers; call inside <c>AddMessaging(x => ...)</c>.</summary>
    public static void AddResultsConsumers(this IBusRegistrationConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        configurator.AddNoFaultInjection();
        configurator.AddConsumer<GenerationRequestedConsumer, VendorRoutedConsumerDefinition<GenerationRequestedConsumer, GenerationRequested>>();
        configurator.AddConsumer<CancelGenerationConsumer, VendorRoutedConsumerDefinition<CancelGenerationConsumer, CancelGeneration>>();
        configurator.AddConsumer<GenerationAcceptedConsumer, ResultsConsumerDefinition<GenerationAcceptedConsumer>>();
        configurator.AddConsumer<GenerationProgressedConsumer, ResultsConsumerDefinition<GenerationProgressedConsumer>>();
        configurator.AddConsumer<GenerationCompletedConsumer, ResultsConsumerDefinition<GenerationCompletedConsumer>>();
        configurator.AddConsumer<GenerationFailedConsumer, ResultsConsumerDefinition<GenerationFailedConsumer>>();
        configurator.AddConsumer<GenerationCancelledConsumer, ResultsConsumerDefinition<GenerationCancelledConsumer>>();
    }

    /// <summary>
    /// <c>GET /v1/generations/{id}</c>, <c>GET /v1/generations</c>, <c>GET /v1/assets/{**key}</c> and <c>GET /v1/usage</c>, for keys
    /// with <c>generations:read</c>, of the key's tenant only (an asset also through its signed URL; usage: every tenant
    /// for an admin key).
    /// </summary>
    public static WebApplication MapResultsEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var v1 = app.MapGroup("/v1").RequireAuthorization(GatewayScopes.GenerationsRead);
        v1.MapGet("/generations/{id:guid}", GetGenerationEndpoint.HandleAsync).WithName("GetGeneration");
        v1.MapGet("/generations", ListGenerationsEndpoint.HandleAsync).WithName("ListGenerations");
        v1.MapGet("/generations/{id:guid}/events", GenerationEventsEndpoint.GenerationAsync).WithName("StreamGenerationEvents")
            .WithSummary("The generation's events as Server-Sent Events, until it ends")
            .WithDescription(EventsDescription)
            .Produces<string>(StatusCodes.Status200OK, GenerationEventWriter.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/events", GenerationEventsEndpoint.TenantAsync).WithName("StreamTenantEvents")
            .WithSummary("Every generation of the key's tenant as Server-Sent Events (optional vendor and status filters)")
            .WithDescription(EventsDescription)
            .Produces<string>(StatusCodes.Status200OK, GenerationEventWriter.ContentType)
            .ProducesValidationProblem();
        // Assets check the key or the URL's signature themselves: a signed URL needs no Authorization header.
        v1.MapGet("/assets/{**key}", GetAssetEndpoint.HandleAsync).WithName("GetAsset").AllowAnonymous();
        app.MapGet("/v1/usage", UsageEndpoint.HandleAsync).WithName("GetUsage").RequireAuthorization(UsageEndpoint.Policy);
        return app;
    }
}
