using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.RequestLog;
using GenerationGateway.VendorSim.Rodin;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.VendorSim;

/// <summary>
/// The vendor simulators, one folder per vendor with routes under its own prefix (<c>/rodin/...</c>), plus the
/// request log and control API under <c>/_sim</c>. The Standalone host calls both methods to embed them in-process.
/// </summary>
public static class VendorSimHostingExtensions
{
    public static IHostApplicationBuilder AddVendorSimulators(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<VendorSimOptions>()
            .BindConfiguration(VendorSimOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SimulatorRequestLog>();
        builder.Services.AddSingleton<SimulatorSigner>();
        builder.Services.AddSingleton<DownloadTokens>();
        builder.Services.AddSingleton<PublicBaseUrl>();
        builder.Services.AddRodinSimulator();
        DashScope.DashScopeSimulatorModule.AddDashScopeSimulator(builder.Services);
        Aholo.AholoSimulatorModule.AddAholoSimulator(builder.Services);
        Portrait.PortraitSimulatorModule.AddPortraitSimulator(builder.Services);
        SeaArt.SeaArtSimulatorModule.AddSeaArtSimulator(builder.Services);
        return builder;
    }

    public static WebApplication MapVendorSimulators(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.MapRequestLogEndpoints();
        app.MapRodinSimulator();
        DashScope.DashScopeSimulatorModule.MapDashScopeSimulator(app);
        Aholo.AholoSimulatorModule.MapAholoSimulator(app);
        Portrait.PortraitSimulatorModule.MapPortraitSimulator(app);
        SeaArt.SeaArtSimulatorModule.MapSeaArtSimulator(app);
        return app;
    }
}
