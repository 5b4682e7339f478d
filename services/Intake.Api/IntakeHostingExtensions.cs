using GenerationGateway.Identity;
using GenerationGateway.Intake.Api.Consumers;
using GenerationGateway.Intake.Api.ErrorQueues;
using GenerationGateway.Intake.Api.Http;
using GenerationGateway.Intake.Api.OpenApi;
using GenerationGateway.Intake.Api.Publishing;
using GenerationGateway.Intake.Api.Quotas;
using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.ServiceDefaults.InMemory;
using GenerationGateway.ServiceDefaults.OpenApi;
using GenerationGateway.VendorRules;
using MassTransit;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api;

public static class IntakeHostingExtensions
{
    /// <summary>
    /// Intake's options, store (<c>Intake:Persistence</c>), request rules and handlers. Vendors are added with
    /// <see cref="AddGatewayVendorRules"/>; the bus with <c>AddMessaging</c>.
    /// </summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(IntakeOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .Validate(
                options => options.Persistence != IntakePersistence.Postgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
                $"ConnectionStrings:{IntakeOptions.ConnectionStringName} is required when {IntakeOptions.SectionName}:Persistence is {IntakePersistence.Postgres}.")
            .ValidateOnStart();
        builder.Services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuotaOptions>, QuotaOptionsValidator>());

        // Routing answers 415 itself for a declared content type it does not accept: name the header there too.
        builder.Services.Configure<ProblemDetailsOptions>(options =>
        {
            var customize = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                customize?.Invoke(context);
                if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
                {
                    context.ProblemDetails.Detail ??= "Send the body as 'Content-Type: application/json' (UTF-8). Nothing was accepted.";
                    context.ProblemDetails.Extensions.TryAdd("field", "Content-Type");
                }
            };
        });
        builder.Services.Configure<OpenApiOptions>(OpenApiHostingExtensions.DocumentName,
            options => options.AddDocumentTransformer<VendorOptionsSchemaTransformer>().AddOperationTransformer<GenerationExamplesTransformer>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<VendorRulesCatalog>();
        builder.Services.TryAddSingleton<GenerationRequestRules>();
        builder.Services.AddSingleton<CreateGenerationValidator>();
        builder.Services.AddScoped<GenerationPublisher>();
        builder.Services.AddScoped<CreateGenerationHandler>();
        builder.Services.AddScoped<CancelGenerationHandler>();
        builder.Services.AddSingleton<TenantQuotas>();
        builder.Services.AddSingleton<QuotaGate>();
        builder.Services.AddSingleton<ErrorQueueBroker>();
        builder.Services.AddSingleton<ErrorQueueMetrics>();

        var persistence = builder.Configuration.GetSection(IntakeOptions.SectionName).GetValue(nameof(IntakeOptions.Persistence), IntakePersistence.Postgres);
        if (persistence == IntakePersistence.InMemory)
        {
            builder.Services.AddInMemoryRetention();
            builder.Services.AddSingleton<IIntakeStore, InMemoryIntakeStore>();
            builder.Services.AddSingleton<ITenantQuotaStore, InMemoryTenantQuotaStore>();
            builder.Services.AddSingleton<IRequestRateLimiter, InMemoryRequestRateLimiter>();
        }
        else
        {
            // Migrated at start and checked by the one PostgreSQL readiness check; one pool per database per process.
            builder.Services.AddPostgresSchema(
                IntakeOptions.ConnectionStringName,
                IntakeDatabaseMigrations.Component,
                IntakeDatabaseMigrations.All,
                IntakeDatabaseMigrations.LegacyVersionTable);
            builder.Services.AddSingleton<IntakeDatabase>();
            builder.Services.AddSingleton<IIntakeStore, PostgresIntakeStore>();
            builder.Services.AddSingleton<ITenantQuotaStore, PostgresTenantQuotaStore>();
            builder.Services.AddSingleton<IRequestRateLimiter, PostgresRequestRateLimiter>();
            builder.Services.AddPostgresRetentionTask<IntakeGenerationsRetention>();
        }

        return builder;
    }

    /// <summary>
    /// Lets intake accept requests for every vendor of <see cref="GatewayVendors"/>: each key joins
    /// <see cref="VendorRulesCatalog"/> and the vendor's rules run on every request for it.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayVendorRules(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var rules in GatewayVendors.RequestRules)
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IVendorRequestRules), rules));
        }

        builder.Services.AddVendorRuleSettings();
        return builder;
    }

    /// <summary>Intake's consumer of terminal events (frees in-flight slots); call inside <c>AddMessaging(x => ...)</c>.</summary>
    public static void AddIntakeConsumers(this IBusRegistrationConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        configurator.AddConsumer<GenerationEndedConsumer, GenerationEndedConsumerDefinition>();
    }

    /// <summary><c>POST /v1/generations</c> and <c>DELETE /v1/generations/{id}</c> (<c>generations:write</c>), the admin quota and error queue endpoints (<c>admin</c>).</summary>
    public static WebApplication MapIntakeEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var generations = app.MapGroup(GenerationRoutes.Collection).RequireAuthorization(GatewayScopes.GenerationsWrite);

        generations.MapPost("/", (HttpContext context, CreateGenerationHandler handler, CancellationToken cancellationToken) =>
                handler.HandleAsync(context, cancellationToken))
            .Accepts<CreateGenerationRequest>("application/json")
            .Produces<AcceptedGeneration>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        generations.MapDelete("/{id:guid}", (Guid id, [FromQuery] string? reason, HttpContext context, CancelGenerationHandler handler, CancellationToken cancellationToken) =>
                handler.HandleAsync(id, reason, context, cancellationToken))
            .Produces<AcceptedGeneration>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet(TenantQuotaEndpoints.Route, TenantQuotaEndpoints.GetAsync)
            .RequireAuthorization(GatewayScopes.Admin)
            .Produces<TenantQuotaView>()
            .ProducesValidationProblem();
        app.MapPut(TenantQuotaEndpoints.Route, TenantQuotaEndpoints.PutAsync)
            .RequireAuthorization(GatewayScopes.Admin)
            .Accepts<TenantQuotaOverride>("application/json")
            .Produces<TenantQuotaView>()
            .ProducesValidationProblem();

        ErrorQueueEndpoints.Map(app);
        // The error queue depth gauge exists once its owner does.
        _ = app.Services.GetRequiredService<ErrorQueueMetrics>();
        return app;
    }
}
