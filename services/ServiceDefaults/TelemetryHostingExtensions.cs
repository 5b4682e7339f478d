using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// OpenTelemetry on the SDK alone (the hosting package is not available here): one tracer and one meter
/// provider per process, exporting over OTLP when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// <c>OTEL_SERVICE_NAME</c> and <c>OTEL_RESOURCE_ATTRIBUTES</c> are honoured by the SDK.
/// </summary>
public static class TelemetryHostingExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource([.. GatewayTelemetry.TraceSources]);
            if (exportOtlp)
            {
                tracing.AddOtlpExporter();
            }

            return new TelemetryProviders(tracing.Build(), Metrics(resource, exportOtlp));
        });
        builder.Services.AddHostedService<TelemetryLifetime>();
        builder.Services.AddGatewayMetrics();

        // Every log line carries the trace and span it was written in, so logs join traces. Both go into the line's
        // scopes (with the GenerationId of the message being consumed), which the console formatters print only when asked.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options => options.IncludeScopes = true);
        builder.Services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = true);
        // Without a formatter name the console logger builds the simple formatter's options from its own legacy
        // settings (no scopes) and ignores the ones above; naming it keeps them. Logging:Console:FormatterName wins.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName ??= ConsoleFormatterNames.Simple);
        return builder;
    }

    /// <summary>Registers <see cref="GatewayMetrics"/> (and the meter factory it needs) once; every caller may call it.</summary>
    public static IServiceCollection AddGatewayMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<GatewayMetrics>();
        return services;
    }

    static MeterProvider Metrics(ResourceBuilder resource, bool exportOtlp)
    {
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. GatewayTelemetry.Meters]);
        if (exportOtlp)
        {
            metrics.AddOtlpExporter();
        }

        return metrics.Build();
    }
}
