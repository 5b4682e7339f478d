using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// Registers the PostgreSQL message scheduler, which makes saga <c>Schedule()</c>/<c>Unschedule()</c> work on a
/// broker without the delayed-exchange plugin. A service calls both methods:
/// <code>
/// services.AddMassTransit(x =>
/// {
///     x.AddPostgresMessageScheduler();
///     x.UsingRabbitMq((context, cfg) =>
///     {
///         cfg.UsePostgresMessageScheduler(context);
///         cfg.ConfigureEndpoints(context);
///     });
/// });
/// </code>
/// </summary>
public static class PostgresSchedulerHostingExtensions
{
    /// <summary>Name of the meter of the scheduler and the outbox relay (dispatched, lag, pending, relayed, backlog).</summary>
    public const string MeterName = "GenerationGateway.Messaging.Postgres";

    /// <summary>Tag of the scheduler's health check (the readiness probe's tag).</summary>
    public const string HealthCheckTag = "ready";

    /// <summary>
    /// Adds the scheduler's consumers, its dispatcher (a hosted service), the schema migration, a health check and
    /// an <see cref="IMessageScheduler"/> that sends to the scheduler queue. Options bind from
    /// <see cref="PostgresSchedulerOptions.SectionName"/>; <paramref name="configure"/> sets defaults that configuration overrides.
    /// </summary>
    public static IBusRegistrationConfigurator AddPostgresMessageScheduler(
        this IBusRegistrationConfigurator configurator,
        Action<PostgresSchedulerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configurator);

        var options = configurator.AddOptions<PostgresSchedulerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.BindConfiguration(PostgresSchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        configurator.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresSchedulerOptions>, PostgresSchedulerOptionsValidator>());

        configurator.AddPostgresInfrastructure();
        configurator.TryAddSingleton<ScheduledMessageStore>();
        configurator.TryAddSingleton<ScheduledMessageCapture>();
        configurator.AddMetrics();
        configurator.TryAddSingleton<SchedulerDispatchStatus>();
        configurator.AddSingleton(provider => provider.GetRequiredService<ScheduledMessageStore>().Schema);
        configurator.AddHostedService<ScheduledMessageDispatcher>();
        configurator.AddHealthChecks().AddCheck<SchedulerHealthCheck>("postgres-message-scheduler", tags: [HealthCheckTag]);

        configurator.AddConsumer<ScheduleMessageConsumer>().ExcludeFromConfigureEndpoints();
        configurator.AddConsumer<CancelScheduledMessageConsumer>().ExcludeFromConfigureEndpoints();

        configurator.TryAddScoped(provider =>
        {
            var bus = provider.GetRequiredService<IBus>();
            var sendEndpointProvider = provider.GetRequiredService<ISendEndpointProvider>();
            return sendEndpointProvider.CreateMessageScheduler(bus.Topology, SchedulerAddress(provider));
        });

        return configurator;
    }

    /// <summary>
    /// Sends every schedule and cancellation of this bus to the scheduler queue, and hosts that queue's consumers.
    /// <paramref name="configureEndpoint"/> may adjust the scheduler's receive endpoint.
    /// </summary>
    public static void UsePostgresMessageScheduler(
        this IBusFactoryConfigurator configurator,
        IBusRegistrationContext context,
        Action<IReceiveEndpointConfigurator>? configureEndpoint = null)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        ArgumentNullException.ThrowIfNull(context);

        var options = context.GetRequiredService<IOptions<PostgresSchedulerOptions>>().Value;
        configurator.UseMessageScheduler(SchedulerAddress(options));
        configurator.ReceiveEndpoint(options.QueueName, endpoint =>
        {
            // Storing is idempotent, so a transient database error is simply retried.
            endpoint.UseMessageRetry(r => r.Intervals(100, 500, 1_000, 5_000, 15_000));
            configureEndpoint?.Invoke(endpoint);
            endpoint.ConfigureConsumer<ScheduleMessageConsumer>(context);
            endpoint.ConfigureConsumer<CancelScheduledMessageConsumer>(context);
        });
    }

    /// <summary>
    /// The address schedules are sent to: <c>exchange:&lt;QueueName&gt;</c>, the exchange the scheduler's own endpoint binds
    /// its queue to. Not <c>queue:</c>, whose sender declares the queue (as a classic queue, which RabbitMQ refuses when
    /// the endpoint declared a quorum queue).
    /// </summary>
    public static Uri SchedulerAddress(PostgresSchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Uri($"exchange:{options.QueueName}");
    }

    static Uri SchedulerAddress(IServiceProvider provider) =>
        SchedulerAddress(provider.GetRequiredService<IOptions<PostgresSchedulerOptions>>().Value);
}
