using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>
/// The background clean-up of finished work: <c>AddPostgresRetentionTask&lt;T&gt;()</c> for each table that would otherwise
/// grow forever; the options (<c>Retention:*</c>) are validated at start.
/// </summary>
public static class PostgresRetentionHostingExtensions
{
    public static IServiceCollection AddPostgresRetention(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(service => service.ServiceType == typeof(PostgresRetention)))
        {
            return services;
        }

        services.AddOptions<PostgresRetentionOptions>()
            .BindConfiguration(PostgresRetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PostgresRetention>();
        services.AddSingleton<IHostedService, PostgresRetentionService>();
        return services;
    }

    public static IServiceCollection AddPostgresRetentionTask<TTask>(this IServiceCollection services)
        where TTask : class, IPostgresRetentionTask
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddPostgresRetention();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresRetentionTask, TTask>());
        return services;
    }
}
