using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.VendorRules;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// Intake.Api's real Program with the test vendor added. The parameterless form runs it as the Standalone
/// host does (in-memory store and transport) and observes the bus through MassTransit's test harness.
/// </summary>
public sealed class IntakeApp : WebApplicationFactory<Program>
{
    /// <summary>Quota defaults of the test host: high enough that only a test that sets a tenant's own quota meets one.</summary>
    public const double DefaultRequestsPerSecond = 100_000;
    public const int DefaultMaxInFlight = 1_000_000;

    static readonly Dictionary<string, string> InMemory = new()
    {
        ["Intake:Persistence"] = "InMemory",
        ["Messaging:Transport"] = "InMemory",
        ["Quotas:Default:RequestsPerSecond"] = "100000",
        ["Quotas:Default:MaxInFlight"] = "1000000",
        ["Quotas:Default:MaxInFlightPerVendor"] = "1000000",
    };

    readonly IReadOnlyDictionary<string, string> _settings;
    readonly bool _testHarness;
    readonly ITestOutputHelper? _output;
    TenantKeys? _tenantKeys;

    public IntakeApp()
        : this(InMemory, testHarness: true)
    {
    }

    IntakeApp(IReadOnlyDictionary<string, string> settings, bool testHarness, ITestOutputHelper? output = null)
    {
        _settings = settings;
        _testHarness = testHarness;
        _output = output;
    }

    /// <summary>The tenant of requests whose body names none.</summary>
    public const string DefaultTenant = "intake-tests";

    /// <summary>
    /// The client every intake test sends its requests with: the one place where what every request needs is added,
    /// a tenant's API key. Without <paramref name="tenant"/> the key is that of the tenant the body names (made on
    /// first use), so a test's own tenant ids keep working; with it, always that tenant's key.
    /// </summary>
    public HttpClient CreateApiClient(string? tenant = null)
    {
        var keys = TenantKeys;
        return CreateDefaultClient(new BearerKeyHandler(tenant is null
            ? keys.ForRequestAsync
            : async (_, _) => await keys.ForAsync(tenant)));
    }

    /// <summary>A client that sends no credentials, or only those a test sets on each request.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient();

    /// <summary>The tenants' keys of this app, made through its admin API on first use.</summary>
    public TenantKeys TenantKeys => _tenantKeys ??= new TenantKeys(
        async tenant =>
        {
            using var admin = CreateClient();
            return (await TestApiKeys.CreateAsync(admin, tenant)).Key;
        },
        DefaultTenant);

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    /// <summary>Intake with the given configuration and its own bus, no harness; logs go to <paramref name="output"/> when given.</summary>
    public static IntakeApp With(IReadOnlyDictionary<string, string> settings, ITestOutputHelper? output = null) =>
        new(settings, testHarness: false, output);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in TestApiKeys.InMemorySettings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_output is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new TestOutputLoggerProvider(_output)));
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IVendorRequestRules, FakeVendorRules>();
            if (_testHarness)
            {
                services.AddMassTransitTestHarness(x =>
                {
                    // The harness replaces Program's bus registration: the same consumers as Program registers.
                    x.AddIntakeConsumers();
                    x.UsingInMemory((context, cfg) =>
                    {
                        GenerationTopology.ConfigurePublish(cfg);
                        cfg.ConfigureEndpoints(context);
                    });
                });
            }
        });
    }
}
