using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>Ready only while intake's database answers: without it no request can be recorded.</summary>
public sealed class IntakeDatabaseHealthCheck : IHealthCheck
{
    public const string Name = "intake-postgres";

    readonly IntakeDatabase _database;

    public IntakeDatabaseHealthCheck(IntakeDatabase database)
    {
        _database = database;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = _database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The intake database does not answer.", exception);
        }
    }
}
