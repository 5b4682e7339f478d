using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>
/// The process's one PostgreSQL readiness check: every database a registered schema lives in answers <c>SELECT 1</c>
/// (each through its shared pool). Without its databases a service can neither record nor serve anything.
/// </summary>
public sealed class PostgresReadinessCheck(IEnumerable<PostgresSchema> schemas) : IHealthCheck
{
    public const string Name = "postgres";

    /// <summary>The readiness tag of the service defaults (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failed = new List<string>();
        Exception? first = null;
        foreach (var dataSource in schemas.Select(s => s.DataSource).Distinct())
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                failed.Add(new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database ?? "(default)");
                first ??= exception;
            }
        }

        return failed.Count == 0
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, $"PostgreSQL database(s) {string.Join(", ", failed)} do not answer.", first);
    }
}
