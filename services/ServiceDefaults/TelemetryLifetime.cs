using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GenerationGateway.ServiceDefaults;

/// <summary>Creates the telemetry providers when the host starts (so spans from the first request are kept) and flushes them when it stops.</summary>
sealed class TelemetryLifetime(TelemetryProviders providers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        providers.Tracing.ForceFlush(5000);
        providers.Metrics.ForceFlush(5000);
        return Task.CompletedTask;
    }
}
