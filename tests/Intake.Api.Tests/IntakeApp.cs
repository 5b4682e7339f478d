using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// Intake.Api's real Program with the test vendor added. The parameterless form runs it as the Standalone
/// host does (in-memory store and transport) and observes the bus through MassTransit's test harness.
/// </summary>
public sealed class IntakeApp : WebApplicationFactory<Program>
{
    static readonly Dictionary<string, string> InMemory = new()
    {
        ["Intake:Persistence"] = "InMemory",
        ["Messaging:Transport"] = "InMemory",
    };

    readonly IReadOnlyDictionary<string, string> _settings;
    readonly bool _testHarness;

    public IntakeApp()
        : this(InMemory, testHarness: true)
    {
    }

    IntakeApp(IReadOnlyDictionary<string, string> settings, bool testHarness)
    {
        _settings = settings;
        _testHarness = testHarness;
    }

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    /// <summary>Intake with the given configuration and its own bus, no harness.</summary>
    public static IntakeApp With(IReadOnlyDictionary<string, string> settings) => new(settings, testHarness: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IVendorRequestRules, FakeVendorRules>();
            if (_testHarness)
            {
                services.AddMassTransitTestHarness(x => x.UsingInMemory((context, cfg) =>
                {
                    GenerationTopology.ConfigurePublish(cfg);
                    cfg.ConfigureEndpoints(context);
                }));
            }
        });
    }
}
