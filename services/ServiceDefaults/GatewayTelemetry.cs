using System.Diagnostics;
using MassTransit.Logging;

namespace GenerationGateway.ServiceDefaults;

/// <summary>The gateway's own activity source and the names its traces and metrics are exported under (instruments: <see cref="GatewayMetrics"/>).</summary>
public static class GatewayTelemetry
{
    public const string Name = "GenerationGateway";

    /// <summary>Span attribute holding the generation a consumed message is about.</summary>
    public const string GenerationIdTag = "gateway.generation.id";

    /// <summary>
    /// Activity sources traced besides the instrumented ones (HTTP in and out, PostgreSQL): the gateway's and the bus's.
    /// </summary>
    public static readonly IReadOnlyList<string> Sources = [Name, DiagnosticHeaders.DefaultListenerName];

    /// <summary>Meters exported besides the instrumented ones (HTTP in and out, runtime, PostgreSQL): the gateway's and the bus's.</summary>
    public static readonly IReadOnlyList<string> Meters = [Name, Name + ".*", DiagnosticHeaders.DefaultListenerName];

    public static readonly ActivitySource Source = new(Name);
}
