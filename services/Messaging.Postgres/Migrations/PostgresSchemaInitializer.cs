using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>
/// Migrates every registered <see cref="PostgresSchema"/> while the host is starting, before any hosted service (the bus
/// included) starts, so a bad database stops the service early and nothing consumes before its tables exist.
/// The schemas are resolved only then (not when the host builds its hosted services), so a missing connection string is
/// reported by the options validation that names the setting.
/// </summary>
internal sealed class PostgresSchemaInitializer(IServiceProvider provider, ILogger<PostgresSchemaInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var schema in provider.GetServices<PostgresSchema>())
        {
            await schema.EnsureCreatedAsync(cancellationToken);
            var database = new NpgsqlConnectionStringBuilder(schema.DataSource.ConnectionString).Database;
            logger.LogInformation("PostgreSQL schema {Component} is up to date in database {Database}", schema.Component, database);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
