using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>What the scheduler and the saga repositories share: data sources and the start-up schema migration.</summary>
internal static class PostgresInfrastructureRegistration
{
    public static IServiceCollection AddPostgresInfrastructure(this IServiceCollection services)
    {
        services.TryAddSingleton<PostgresDataSources>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresSchemaInitializer>());
        return services;
    }
}
