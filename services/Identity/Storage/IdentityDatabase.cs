using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Identity.Storage;

/// <summary>
/// The identity store's schema in its database (<c>ConnectionStrings:Identity</c>, shared by intake, results, webhooks and
/// the Portrait adapter), reached through the process's one pool of that database.
/// </summary>
public sealed class IdentityDatabase([FromKeyedServices(IdentityDatabaseMigrations.Component)] PostgresSchema schema)
    : PostgresComponentDatabase(schema);
