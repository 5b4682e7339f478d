using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>MassTransit 8.5 reports usage to an outside host after the bus starts; the gateway's bus does not.</summary>
public sealed class UsageTelemetryTests
{
    [Fact]
    public void The_gateway_bus_has_usage_telemetry_off()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddMessaging(_ => { });
        using var provider = builder.Services.BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    [Fact]
    public void A_bus_registered_without_the_gateway_defaults_would_report_it()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(x => x.UsingInMemory());
        using var provider = services.BuildServiceProvider();

        Assert.True(provider.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
