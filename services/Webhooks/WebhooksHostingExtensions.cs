using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using GenerationGateway.Identity;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.Results.Api.Assets;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.ServiceDefaults.InMemory;
using GenerationGateway.Webhooks.Api;
using GenerationGateway.Webhooks.Consumers;
using GenerationGateway.Webhooks.Delivery;
using GenerationGateway.Webhooks.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks;

public static class WebhooksHostingExtensions
{
    const string MissingConnectionString =
        $"ConnectionStrings:{WebhooksOptions.ConnectionStringName} is required when {WebhooksOptions.SectionName}:Persistence is Postgres.";

    /// <summary>
    /// The store chosen by <c>Webhooks:Persistence</c> (migrated at start), the fan-out of lifecycle events into deliveries,
    /// the dispatcher, the egress guard every delivery goes through, and results' tenant view for the body's data.
    /// </summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebhooksOptions>()
            .BindConfiguration(WebhooksOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IConfiguration>(
                (options, configuration) => options.Persistence != WebhooksPersistence.Postgres
                    || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(WebhooksOptions.ConnectionStringName)),
                MissingConnectionString)
            .ValidateOnStart();
        services.AddOptions<AssetUrlOptions>()
            .BindConfiguration(AssetUrlOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddEgress();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AssetUrlSigner>();
        services.TryAddSingleton<TenantView>();
        services.AddInMemoryRetention();
        services.AddSingleton<InMemoryWebhookStore>();
        services.AddSingleton<IWebhookStore>(provider =>
            provider.GetRequiredService<IOptions<WebhooksOptions>>().Value.Persistence == WebhooksPersistence.InMemory
                ? provider.GetRequiredService<InMemoryWebhookStore>()
                : provider.GetRequiredService<PostgresWebhookStore>());
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<RetrySchedule>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookDeliverer>();
        services.AddHostedService<WebhookDispatcher>();

        var persistence = builder.Configuration.GetSection(WebhooksOptions.SectionName).Get<WebhooksOptions>()?.Persistence;
        if (persistence is null or WebhooksPersistence.Postgres)
        {
            // Migrated at start (before the bus) and checked by the one PostgreSQL readiness check; one pool per database.
            services.AddSingleton<WebhooksDatabase>();
            services.AddSingleton<PostgresWebhookStore>();
            services.AddPostgresSchema(WebhooksOptions.ConnectionStringName, WebhooksMigrations.Component, WebhooksMigrations.All, WebhooksMigrations.LegacyVersionTable);
            services.AddPostgresRetentionTask<WebhookDeliveriesRetention>();
        }

        return builder;
    }

    /// <summary>The lifecycle consumers, each on the service's own queue; call inside <c>AddMessaging(x => ...)</c>.</summary>
    public static void AddWebhooksConsumers(this IBusRegistrationConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        configurator.AddConsumer<WebhookGenerationRequestedConsumer, WebhookVendorRoutedConsumerDefinition<WebhookGenerationRequestedConsumer, GenerationRequested>>();
        configurator.AddConsumer<WebhookCancelGenerationConsumer, WebhookVendorRoutedConsumerDefinition<WebhookCancelGenerationConsumer, CancelGeneration>>();
        configurator.AddConsumer<WebhookGenerationAcceptedConsumer, WebhookConsumerDefinition<WebhookGenerationAcceptedConsumer>>();
        configurator.AddConsumer<WebhookGenerationProgressedConsumer, WebhookConsumerDefinition<WebhookGenerationProgressedConsumer>>();
        configurator.AddConsumer<WebhookGenerationCompletedConsumer, WebhookConsumerDefinition<WebhookGenerationCompletedConsumer>>();
        configurator.AddConsumer<WebhookGenerationFailedConsumer, WebhookConsumerDefinition<WebhookGenerationFailedConsumer>>();
        configurator.AddConsumer<WebhookGenerationCancelledConsumer, WebhookConsumerDefinition<WebhookGenerationCancelledConsumer>>();
    }

    /// <summary>
    /// The webhook API, of the caller's tenant only (another tenant's endpoint or delivery answers 404): managing endpoints
    /// and asking for a redelivery needs <c>generations:write</c>, reading them <c>generations:read</c>.
    /// </summary>
    public static WebApplication MapWebhooksEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var write = app.MapGroup("/v1").RequireAuthorization(GatewayScopes.GenerationsWrite);
        var read = app.MapGroup("/v1").RequireAuthorization(GatewayScopes.GenerationsRead);
        write.MapPost("/webhooks", CreateWebhookEndpoint.HandleAsync).WithName("CreateWebhook");
        read.MapGet("/webhooks", ListWebhookEndpoints.HandleAsync).WithName("ListWebhooks");
        write.MapDelete("/webhooks/{id:guid}", DeleteWebhookEndpoint.HandleAsync).WithName("DeleteWebhook");
        write.MapPost("/webhooks/{id:guid}/rotate-secret", RotateWebhookSecret.HandleAsync).WithName("RotateWebhookSecret");
        read.MapGet("/webhooks/{id:guid}/deliveries", ListDeliveries.ForEndpointAsync).WithName("ListWebhookDeliveries");
        read.MapGet("/webhook-deliveries", ListDeliveries.ForGenerationAsync).WithName("ListGenerationWebhookDeliveries");
        write.MapPost("/webhook-deliveries/{id}/redeliver", RedeliverDelivery.HandleAsync).WithName("RedeliverWebhook");
        return app;
    }
}
