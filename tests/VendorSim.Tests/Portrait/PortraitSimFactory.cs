using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.VendorSim.Portrait.Callbacks;
using GenerationGateway.VendorSim.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.VendorSim.Tests.Portrait;

/// <summary>
/// The simulator in-process with a manual clock: trainings wait 1 s and run 2 s, generations wait 1 s and run 1 s.
/// Callbacks go to <see cref="Callbacks"/>. Each test builds its own factory, so nothing leaks between tests.
/// </summary>
public sealed class PortraitSimFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string AppCode = "test-portrait-appcode";

    public static readonly TimeSpan TrainingTime = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan GenerationTime = TimeSpan.FromSeconds(2);

    public ManualTimeProvider Clock { get; } = new(VendorSimFactory.ClockStart);

    public CallbackReceiver Callbacks { get; } = new();

    public PortraitTestClient CreatePortraitClient(string? appCode = AppCode) => new(CreateClient(), appCode);

    /// <summary>Sends the callbacks due now, without waiting for the dispatcher's next scan.</summary>
    public Task<int> DispatchCallbacksAsync() => Services.GetRequiredService<PortraitCallbackDispatcher>().DispatchDueAsync(CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("VendorSim:EnableControlApi", "true");
        builder.UseSetting("VendorSim:Portrait:AppCode", AppCode);
        builder.UseSetting("VendorSim:Portrait:TrainingWaitingDuration", "00:00:01");
        builder.UseSetting("VendorSim:Portrait:TrainingRunningDuration", "00:00:02");
        builder.UseSetting("VendorSim:Portrait:GenerationWaitingDuration", "00:00:01");
        builder.UseSetting("VendorSim:Portrait:GenerationRunningDuration", "00:00:01");
        builder.UseSetting("VendorSim:Portrait:CallbackScanInterval", "00:01:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient(PortraitCallbackDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Callbacks);
        });
    }
}
