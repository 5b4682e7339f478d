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
    /// <summary>Registers <see cref="PostgresDataSources"/> (one pool per database, <c>Postgres:MaxPoolSize</c>), the schema initializer and the readiness check, once.</summary>
    public static IServiceCollection AddPostgresDataSources(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddPostgresInfrastructure();
    }

    /// <summary>
    /// Registers the schema of <paramref name="component"/> in the database of <c>ConnectionStrings:&lt;connectionStringName&gt;</c>:
    /// migrated at start (a missing connection string or a failing migration stops the service), recorded in
    /// <c>schema_version</c>, and resolvable as the keyed service <c>PostgresSchema</c> with key <paramref name="component"/>.
    /// <paramref name="legacyVersionTable"/>: the version table of the component's earlier migrator, adopted once.
    /// </summary>
    public static IServiceCollection AddPostgresSchema(
        this IServiceCollection services,
        string connectionStringName,
        string component,
        IReadOnlyList<PostgresMigration> migrations,
        string? legacyVersionTable = null)
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
            new PostgresSchema(() => provider.GetRequiredService<PostgresDataSources>().Get(connectionStringName), component, migrations)
            {
                LegacyVersionTable = legacyVersionTable,
            });
        services.AddSingleton(provider => provider.GetRequiredKeyedService<PostgresSchema>(component));
        return services;
    }
}
