using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using GenerationGateway.ServiceDefaults.FaultInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GenerationGateway.ServiceDefaults;

public static class ServiceDefaultsHostingExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";

    /// <summary>The standard OpenTelemetry variable; when set, traces, metrics and logs are exported over OTLP.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    /// <summary>The hosting block every service shares: telemetry, trace ids in logs, problem details, health checks.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddTelemetry();
        builder.AddTraceIdsToLogs();
        builder.Services.AddGatewayMetrics();
        builder.Services.AddNoFaultInjection();
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>Registers <see cref="GatewayMetrics"/> (and the meter factory it needs) once; every caller may call it.</summary>
    public static IServiceCollection AddGatewayMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<GatewayMetrics>();
        return services;
    }

    /// <summary>Maps <c>/health/live</c> (the process answers) and <c>/health/ready</c> (bus, database and other dependencies).</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        // A request the server itself refused while it was read (too large, malformed framing) is the client's error.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    /// <summary>
    /// One trace from the intake's request through the bus, every vendor call and every database command; the
    /// gateway's, the bus's, HTTP, runtime and PostgreSQL metrics; logs. Exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the SDK reads the other <c>OTEL_*</c> variables); health probes are not traced.
    /// </summary>
    static void AddTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration[ServiceNameVariable] ?? builder.Environment.ApplicationName;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource([.. GatewayTelemetry.Sources])
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter([.. GatewayTelemetry.Meters])
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: options => options.IncludeScopes = true);

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>
    /// Every log line carries the trace and span it was written in, so logs join traces. Both go into the line's scopes
    /// (with the GenerationId of the message being consumed), which the console formatters print only when asked.
    /// </summary>
    static void AddTraceIdsToLogs(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options => options.IncludeScopes = true);
        builder.Services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = true);
        // Without a formatter name the console logger builds the simple formatter's options from its own legacy
        // settings (no scopes) and ignores the ones above; naming it keeps them. Logging:Console:FormatterName wins.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName ??= ConsoleFormatterNames.Simple);
    }
}
