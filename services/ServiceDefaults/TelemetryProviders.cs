using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GenerationGateway.ServiceDefaults;

/// <summary>The process's tracer and meter providers, flushed and disposed with the host.</summary>
public sealed class TelemetryProviders(TracerProvider tracing, MeterProvider metrics) : IDisposable
{
    public TracerProvider Tracing { get; } = tracing;

    public MeterProvider Metrics { get; } = metrics;

    public void Dispose()
    {
        Tracing.Dispose();
        Metrics.Dispose();
    }
}
