using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>
/// Lets any code of a service use the library's shared data sources and start-up migrations for its own tables:
/// <code>
/// services.AddPostgresSchema("Workflow", "submit-ledger", SubmitLedgerMigrations.All);
/// // later: provider.GetRequiredKeyedService&lt;PostgresSchema&gt;("submit-ledger") (await EnsureCreatedAsync, use DataSource)
/// </code>
/// </summary>
public static class PostgresSchemaHostingExtensions
{
    /// <summary>Registers <see cref="PostgresDataSources"/> (one pooled data source per connection string name) and the schema initializer.</summary>
    public static IServiceCollection AddPostgresDataSources(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddPostgresInfrastructure();
    }

    /// <summary>
    /// Registers the schema of <paramref name="component"/> in the database of <c>ConnectionStrings:&lt;connectionStringName&gt;</c>:
    /// migrated at start (a missing connection string or a failing migration stops the service), recorded in
    /// <c>schema_version</c>, and resolvable as the keyed service <c>PostgresSchema</c> with key <paramref name="component"/>.
    /// </summary>
    public static IServiceCollection AddPostgresSchema(
        this IServiceCollection services,
        string connectionStringName,
        string component,
        IReadOnlyList<PostgresMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringName);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentNullException.ThrowIfNull(migrations);
        if (services.Any(service => service.ServiceType == typeof(PostgresSchema) && service.IsKeyedService && Equals(service.ServiceKey, component)))
        {
            throw new InvalidOperationException($"The PostgreSQL schema '{component}' is registered twice.");
        }

        services.AddPostgresInfrastructure();
        services.AddKeyedSingleton(component, (provider, _) =>
            new PostgresSchema(provider.GetRequiredService<PostgresDataSources>().Get(connectionStringName), component, migrations));
        services.AddSingleton(provider => provider.GetRequiredKeyedService<PostgresSchema>(component));
        return services;
    }
}
