using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow;

public static class WorkflowHttpClients
{
    /// <summary>
    /// Measures every call of a vendor's client (<see cref="VendorHttpMetricsHandler"/>), tagged <paramref name="vendor"/>;
    /// a client shared by several vendors leaves it null and sets <see cref="VendorHttpMetricsHandler.Vendor"/> per request.
    /// </summary>
    public static IHttpClientBuilder AddVendorMetrics(this IHttpClientBuilder builder, string? vendor = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGatewayMetrics();
        return builder.AddHttpMessageHandler(provider => new VendorHttpMetricsHandler(provider.GetRequiredService<GatewayMetrics>(), vendor));
    }
}
