using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// The transactional outbox and inbox of a PostgreSQL saga. Two calls, one per side:
/// <code>
/// x.AddSagaStateMachine&lt;MyStateMachine, MyState&gt;((context, saga) =&gt;
///     {
///         saga.UseMessageRetry(r =&gt; r.Intervals(50, 200, 500, 1000, 2000)); // first: a conflict re-runs on a fresh load
///         saga.UsePostgresOutbox(context);                                 // instead of UseInMemoryOutbox
///     })
///     .PostgresRepository(r =&gt;
///     {
///         r.ConnectionStringName = "Workflow";
///         r.TableName = "my_state";
///         r.UseOutbox();
///     });
/// </code>
/// </summary>
public static class PostgresOutboxHostingExtensions
{
    /// <summary>Name of the relay's health check (tag <c>ready</c>).</summary>
    public const string HealthCheckName = "postgres-outbox-relay";

    /// <summary>
    /// Runs every message of the saga through the PostgreSQL outbox: the inbox mark, the saga change and every message
    /// the behaviour sends, publishes, schedules or responds commit in one transaction and are delivered after it; a
    /// message consumed before has no second effect. The repository must be <c>PostgresRepository(r =&gt; r.UseOutbox())</c>.
    /// </summary>
    public static void UsePostgresOutbox<TSaga>(this ISagaConfigurator<TSaga> configurator, IRegistrationContext context)
        where TSaga : class, ISaga
    {
        ArgumentNullException.ThrowIfNull(configurator);
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetService<PostgresSagaOutbox<TSaga>>() is null)
        {
            throw new ConfigurationException(
                $"UsePostgresOutbox needs the saga {typeof(TSaga).Name} stored with PostgresRepository(r => r.UseOutbox()).");
        }

        configurator.ConnectSagaConfigurationObserver(new PostgresOutboxSagaConfigurationObserver<TSaga>(configurator, context));
    }

    internal static void AddPostgresSagaOutbox<TSaga>(
        this IServiceCollection services,
        string consumerId,
        string connectionStringName,
        Action<PostgresOutboxOptions>? configure)
        where TSaga : class
    {
        var first = !services.Any(service => service.ServiceType == typeof(PostgresOutboxDatabase));
        var options = services.AddOptions<PostgresOutboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (first)
        {
            options.BindConfiguration(PostgresOutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            services.AddMetrics();
            services.TryAddSingleton<PostgresOutboxRelayStatus>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresOutboxRelay>());
            services.AddHealthChecks().AddCheck<PostgresOutboxHealthCheck>(HealthCheckName, tags: ["ready"]);
        }

        services.AddPostgresInfrastructure();
        services.AddSingleton(new PostgresSagaOutbox<TSaga>(consumerId, connectionStringName));
        services.AddSingleton(new PostgresOutboxDatabase(connectionStringName));
        services.TryAddKeyedSingleton(connectionStringName, (provider, _) =>
            new PostgresOutboxStore(provider.GetRequiredService<PostgresDataSources>().Get(connectionStringName)));
        services.AddSingleton(provider => provider.GetRequiredKeyedService<PostgresOutboxStore>(connectionStringName).Schema);
        services.TryAddScoped<IOutboxContextFactory<PostgresOutboxTransaction<TSaga>>, PostgresOutboxContextFactory<TSaga>>();
    }
}
