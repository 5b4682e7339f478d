using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.RequestLog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.VendorSim;

/// <summary>
/// The vendor simulators (<see cref="VendorSimulators"/>), one folder per vendor with routes under its own prefix (<c>/rodin/...</c>), plus the
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
        foreach (var simulator in VendorSimulators.All)
        {
            simulator.AddServices(builder.Services);
        }

        return builder;
    }

    /// <summary>
    /// Maps every simulated vendor API, and the control API under <c>/_sim</c> (request log, scripted faults, resets)
    /// only when <see cref="VendorSimOptions.EnableControlApi"/> makes this host a sandbox: whoever reaches the control
    /// API can make the next job fail, so it is off unless a setting turns it on.
    /// </summary>
    public static WebApplication MapVendorSimulators(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var simulator in VendorSimulators.All)
        {
            simulator.MapApi(app);
        }

        // Read from configuration, not the options: mapping must not run their validation ahead of the host's start.
        if (!app.Configuration.GetSection(VendorSimOptions.SectionName).GetValue<bool>(nameof(VendorSimOptions.EnableControlApi)))
        {
            return app;
        }

        app.Logger.LogWarning(
            "The simulator control API is mapped at /_sim ({Setting} is true): whoever reaches this host can read its requests and script vendor faults.",
            $"{VendorSimOptions.SectionName}:{nameof(VendorSimOptions.EnableControlApi)}");
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.MapRequestLogEndpoints();
        foreach (var simulator in VendorSimulators.All)
        {
            simulator.MapControl(app);
        }

        return app;
    }
}
