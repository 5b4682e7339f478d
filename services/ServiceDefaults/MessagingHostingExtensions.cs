using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.ServiceDefaults;

public static class MessagingHostingExtensions
{
    /// <summary>
    /// Registers MassTransit on the configured transport with the generation topology. The bus is
    /// running before the host reports started, so nothing published at start-up is lost. MassTransit's usage
    /// telemetry (a report to an outside host after start) is off: a gateway does not phone home. The bus's readiness
    /// (<see cref="BusReadinessCheck"/>) follows <paramref name="brokerOutage"/>: a worker is not ready without its broker.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> configure,
        Action<IBusRegistrationContext, IBusFactoryConfigurator>? configureBus = null,
        BrokerOutageReadiness brokerOutage = BrokerOutageReadiness.NotReady)
    {
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.AddOptions<MassTransitHostOptions>().Configure(x =>
        {
            x.WaitUntilStarted = true;
            x.StartTimeout = TimeSpan.FromSeconds(60);
            x.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            BusReadinessCheck.Name,
            services => new BusReadinessCheck(services.GetRequiredService<IBusControl>(), brokerOutage),
            failureStatus: null,
            tags: [ServiceDefaultsHostingExtensions.ReadyTag]));

        builder.Services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            // MassTransit's own check stays (name masstransit-bus) but out of readiness: BusReadinessCheck decides there.
            x.ConfigureHealthCheckOptions(health => health.Tags.Add("masstransit"));
            x.SetKebabCaseEndpointNameFormatter();
            configure(x);

            if (options.Transport == MessagingTransport.RabbitMq)
            {
                x.AddConfigureEndpointsCallback((queue, endpoint) => DurableQueues.Configure(endpoint, queue, options));
                x.UsingRabbitMq((context, cfg) =>
                {
                    ConfigureRabbitMqHost(cfg, options);
                    DurableQueues.ConfigureFaultQueues(cfg);
                    cfg.PrefetchCount = options.PrefetchCount;
                    cfg.UseGenerationLogScope(context);
                    GenerationTopology.ConfigurePublish(cfg);
                    configureBus?.Invoke(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.UseGenerationLogScope(context);
                    GenerationTopology.ConfigurePublish(cfg);
                    configureBus?.Invoke(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        return builder;
    }

    /// <summary>
    /// On RabbitMQ, declares each vendor's workflow queue and its bindings at start-up (before the host serves requests)
    /// exactly as the vendor's adapter declares them, so that what is published for a vendor whose adapter has never
    /// started waits in its queue instead of being dropped. Nothing to do in memory.
    /// </summary>
    public static IHostApplicationBuilder AddVendorWorkflowQueues(this IHostApplicationBuilder builder, Func<IServiceProvider, IEnumerable<string>> vendors)
    {
        var transport = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.Transport ?? MessagingTransport.InMemory;
        if (transport == MessagingTransport.RabbitMq)
        {
            builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<VendorWorkflowQueues>(services, vendors(services)));
        }

        return builder;
    }

    /// <summary>
    /// The broker connection every bus of a service uses (<c>Messaging:RabbitMq*</c>), with publisher confirms; with
    /// cluster nodes, a lost connection is made again to the next node.
    /// </summary>
    public static void ConfigureRabbitMqHost(IRabbitMqBusFactoryConfigurator configurator, MessagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        ArgumentNullException.ThrowIfNull(options);
        configurator.Host(options.RabbitMqHost, (ushort)options.RabbitMqPort, options.RabbitMqVirtualHost, h =>
        {
            h.Username(options.RabbitMqUsername);
            h.Password(options.RabbitMqPassword);
            h.PublisherConfirmation = true;
            h.Heartbeat(options.RabbitMqHeartbeat);
            if (options.RabbitMqClusterNodes.Count > 0)
            {
                h.UseCluster(cluster =>
                {
                    cluster.Node(options.RabbitMqHost + ":" + options.RabbitMqPort.ToString(CultureInfo.InvariantCulture));
                    foreach (var node in options.RabbitMqClusterNodes)
                    {
                        cluster.Node(node);
                    }
                });
            }
        });
    }

    /// <summary>
    /// Gives every consumer and saga of the bus a logging scope with the generation its message is about
    /// (<c>GenerationId</c>), and tags the consume span with it. <see cref="AddMessaging"/> calls it; test harnesses may too.
    /// </summary>
    public static void UseGenerationLogScope(this IBusFactoryConfigurator configurator, IRegistrationContext context) =>
        configurator.UseConsumeFilter(typeof(GenerationLogScopeFilter<>), context);
}
