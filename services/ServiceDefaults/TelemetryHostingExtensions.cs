using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

        // Every log line carries the trace and span it was written in, so logs join traces.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return builder;
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
