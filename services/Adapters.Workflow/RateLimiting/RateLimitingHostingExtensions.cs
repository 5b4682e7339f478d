using GenerationGateway.Messaging.Postgres;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.RateLimiting;

public static class RateLimitingHostingExtensions
{
    /// <summary>
    /// Registers <see cref="ISharedRateLimiter"/> once, scoped like the bus: in memory on the in-memory transport
    /// (one process), in the adapter's PostgreSQL database (<c>ConnectionStrings:Workflow</c>, checked at start) on RabbitMQ.
    /// </summary>
    public static IHostApplicationBuilder AddSharedRateLimiter(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(service => service.ServiceType == typeof(ISharedRateLimiter)))
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        var transport = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.Transport ?? MessagingTransport.InMemory;
        if (transport == MessagingTransport.InMemory)
        {
            services.AddSingleton<ISharedRateLimiter, InMemorySharedRateLimiter>();
            return builder;
        }

        services.AddOptions<SharedRateLimiterOptions>()
            .BindConfiguration(SharedRateLimiterOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(WorkflowMessagingHostingExtensions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPostgresDataSources();
        services.AddSingleton(provider => new PostgresSharedRateLimiter(
            provider.GetRequiredService<PostgresDataSources>().ForConnectionString(provider.GetRequiredService<IOptions<SharedRateLimiterOptions>>().Value.ConnectionString!),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISharedRateLimiter>(provider => provider.GetRequiredService<PostgresSharedRateLimiter>());
        // Migrated at start by the PostgreSQL scheduler's schema initializer, and awaited before the first slot anyway.
        services.AddSingleton<PostgresSchema>(provider => provider.GetRequiredService<PostgresSharedRateLimiter>().Schema);
        return builder;
    }
}
