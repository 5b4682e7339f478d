using GenerationGateway.TestSupport.Simulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.VendorSim.Tests.Infrastructure;

/// <summary>
/// The simulator in-process with a manual clock. Jobs finish instantly unless a test sets the durations;
/// every test builds its own factory, so tasks, balance, faults and the request log never leak between tests.
/// </summary>
public sealed class VendorSimFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-rodin-key";

    /// <summary>Where every simulator test's clock starts: 2026-01-15 12:00:00 UTC.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(ClockStart);

    public RodinTestClient CreateRodinClient(string? apiKey = ApiKey) => new(CreateClient(), apiKey);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("VendorSim:EnableControlApi", "true");
        builder.UseSetting("VendorSim:Rodin:ApiKey", ApiKey);
        builder.UseSetting("VendorSim:Rodin:WaitingDuration", "00:00:00");
        builder.UseSetting("VendorSim:Rodin:GeneratingDuration", "00:00:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
