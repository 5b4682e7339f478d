using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>What every PostgreSQL user of a process shares: the data sources, the start-up schema migration and one readiness check.</summary>
internal static class PostgresInfrastructureRegistration
{
    public static IServiceCollection AddPostgresInfrastructure(this IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(PostgresDataSources)))
        {
            return services;
        }

        services.AddOptions<PostgresOptions>()
            .BindConfiguration(PostgresOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PostgresDataSources>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresSchemaInitializer>());
        services.AddHealthChecks().AddCheck<PostgresReadinessCheck>(PostgresReadinessCheck.Name, tags: [PostgresReadinessCheck.ReadyTag]);
        return services;
    }
}
