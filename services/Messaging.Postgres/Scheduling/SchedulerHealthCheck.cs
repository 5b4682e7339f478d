using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>Healthy while the dispatcher completes cycles; unhealthy when it has not for a few poll intervals.</summary>
internal sealed class SchedulerHealthCheck(SchedulerDispatchStatus status, IOptions<PostgresSchedulerOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var allowed = TimeSpan.FromSeconds(30) + (3 * options.Value.PollInterval);
        var result = status.LastCycle switch
        {
            null when status.LastError is null => HealthCheckResult.Degraded("The scheduler dispatcher has not completed its first cycle yet."),
            null => HealthCheckResult.Unhealthy($"The scheduler dispatcher cannot run: {status.LastError}"),
            var last when DateTime.UtcNow - last > allowed =>
                HealthCheckResult.Unhealthy($"The scheduler dispatcher last completed a cycle at {last:O}: {status.LastError ?? "no error reported"}"),
            _ => HealthCheckResult.Healthy(),
        };

        return Task.FromResult(result);
    }
}
