using System.Diagnostics;

namespace GenerationGateway.ServiceDefaults;

/// <summary>The gateway's own activity source and the names its traces and metrics are exported under (instruments: <see cref="GatewayMetrics"/>).</summary>
public static class GatewayTelemetry
{
    public const string Name = "GenerationGateway";

    /// <summary>Span attribute holding the generation a consumed message is about.</summary>
    public const string GenerationIdTag = "gateway.generation.id";

    /// <summary>Activity sources a gateway trace is made of: HTTP in and out, the bus, the database, the gateway.</summary>
    public static readonly IReadOnlyList<string> TraceSources =
        [Name, "Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql"];

    /// <summary>Meters exported: the gateway's, the bus's, HTTP in and out, the PostgreSQL pieces.</summary>
    public static readonly IReadOnlyList<string> Meters =
        [Name, "GenerationGateway.*", "MassTransit", "Microsoft.AspNetCore.Hosting", "System.Net.Http", "Npgsql"];

    public static readonly ActivitySource Source = new(Name);
}
