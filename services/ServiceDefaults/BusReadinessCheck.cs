using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// The bus's part of <c>/health/ready</c>. MassTransit's own check reports a bus whose endpoints lost the broker as
/// Degraded, which answers 200; here anything short of healthy is Unhealthy (503) for a worker and Degraded (200) for a
/// service that stays ready through an outage (<see cref="BrokerOutageReadiness"/>). The description says which.
/// </summary>
public sealed class BusReadinessCheck(IBusControl bus, BrokerOutageReadiness outage) : IHealthCheck
{
    public const string Name = "broker";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = bus.CheckHealth();
        if (health.Status == BusHealthStatus.Healthy)
        {
            return Task.FromResult(HealthCheckResult.Healthy(health.Description));
        }

        return Task.FromResult(outage == BrokerOutageReadiness.StaysReady
            ? HealthCheckResult.Degraded($"The broker is unreachable; requests that need it answer 503 with Retry-After ({health.Description})", health.Exception)
            : HealthCheckResult.Unhealthy($"The broker is unreachable; this service cannot work ({health.Description})", health.Exception));
    }
}
