using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenerationGateway.Identity.Storage;

/// <summary>Ready only while the identity database answers: without it no request can be authenticated.</summary>
public sealed class IdentityDatabaseHealthCheck : IHealthCheck
{
    public const string Name = "identity-postgres";

    readonly IdentityDatabase _database;

    public IdentityDatabaseHealthCheck(IdentityDatabase database)
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
            return HealthCheckResult.Unhealthy("The identity database does not answer.", exception);
        }
    }
}
