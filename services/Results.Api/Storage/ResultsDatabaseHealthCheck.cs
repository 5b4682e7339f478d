using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GenerationGateway.Results.Api.Storage;

public sealed class ResultsDatabaseHealthCheck(ResultsDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The Results database does not answer.", exception);
        }
    }
}
