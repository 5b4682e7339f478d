using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>Migrates every registered <see cref="PostgresSchema"/> at start, so a bad database stops the service early.</summary>
internal sealed class PostgresSchemaInitializer(IEnumerable<PostgresSchema> schemas, ILogger<PostgresSchemaInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var schema in schemas)
        {
            await schema.EnsureCreatedAsync(cancellationToken);
            var database = new NpgsqlConnectionStringBuilder(schema.DataSource.ConnectionString).Database;
            logger.LogInformation("PostgreSQL schema {Component} is up to date in database {Database}", schema.Component, database);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
