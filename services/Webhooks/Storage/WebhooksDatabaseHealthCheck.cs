using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GenerationGateway.Webhooks.Storage;

public sealed class WebhooksDatabaseHealthCheck(WebhooksDatabase database) : IHealthCheck
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
            return new HealthCheckResult(context.Registration.FailureStatus, "The Webhooks database does not answer.", exception);
        }
    }
}
