using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Workflow.Admission;

public static class VendorAdmissionHostingExtensions
{
    /// <summary>
    /// Registers <see cref="IVendorAdmission"/> once, scoped like the bus: in memory on the in-memory transport (one process), in
    /// the adapter's PostgreSQL database (<c>ConnectionStrings:Workflow</c>, migrated at start) on RabbitMQ, with the sweeper that
    /// reclaims the slots of generations that are over.
    /// </summary>
    public static IHostApplicationBuilder AddVendorAdmission(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(service => service.ServiceType == typeof(IVendorAdmission)))
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        var transport = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.Transport ?? MessagingTransport.InMemory;
        if (transport == MessagingTransport.InMemory)
        {
            services.AddSingleton<IVendorAdmission, InMemoryVendorAdmission>();
            return builder;
        }

        services.AddPostgresSchema(WorkflowMessagingHostingExtensions.ConnectionStringName, VendorAdmissionDatabase.Component, VendorAdmissionDatabase.Migrations);
        services.AddSingleton<VendorAdmissionDatabase>();
        services.AddSingleton<IVendorAdmission, PostgresVendorAdmission>();
        services.AddPostgresRetentionTask<VendorAdmissionSweeper>();
        return builder;
    }
}
