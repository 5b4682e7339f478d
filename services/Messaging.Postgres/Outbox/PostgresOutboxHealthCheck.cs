using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>Healthy while the relay completes cycles (or is disabled); unhealthy when it has not for a while.</summary>
internal sealed class PostgresOutboxHealthCheck(PostgresOutboxRelayStatus status, IOptions<PostgresOutboxOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var allowed = TimeSpan.FromSeconds(30) + (3 * options.Value.RelayPollInterval);
        var result = status.LastCycle switch
        {
            _ when !options.Value.RelayEnabled => HealthCheckResult.Healthy("The outbox relay is disabled in this process."),
            null when status.LastError is null => HealthCheckResult.Degraded("The outbox relay has not completed its first cycle yet."),
            null => HealthCheckResult.Unhealthy($"The outbox relay cannot run: {status.LastError}"),
            var last when DateTime.UtcNow - last > allowed =>
                HealthCheckResult.Unhealthy($"The outbox relay last completed a cycle at {last:O}: {status.LastError ?? "no error reported"}"),
            _ => HealthCheckResult.Healthy(),
        };

        return Task.FromResult(result);
    }
}
