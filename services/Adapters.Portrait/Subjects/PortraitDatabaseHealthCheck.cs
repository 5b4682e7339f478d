using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>Ready when the subject store's database answers.</summary>
public sealed class PortraitDatabaseHealthCheck(PortraitDatabase database) : IHealthCheck
{
    public const string Name = "portrait-subject-store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The portrait subject store's database does not answer.", exception);
        }
    }
}
