using GenerationGateway.VendorRules;
using GenerationGateway.VendorSim;
using GenerationGateway.VendorSim.RequestLog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// The vendor lists in code name the same vendors: intake's (<see cref="GatewayVendors"/>), the embedded default's
/// adapter modules (<see cref="StandaloneVendors"/>) and the simulators (<see cref="VendorSimulators"/>) its settings
/// point each vendor at. A vendor added to one list and forgotten in another fails here (docs/adding-a-vendor.md).
/// </summary>
public sealed class VendorRegistrationTests
{
    [Fact]
    public void Every_vendor_intake_accepts_has_an_adapter_module_and_no_module_lacks_rules()
    {
        var accepted = GatewayVendors.RequestRules.Select(KeyOf).Order(StringComparer.Ordinal).ToList();
        var modules = StandaloneVendors.Modules.Select(module => module.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(accepted.Count, accepted.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(accepted, modules);
    }

    [Fact]
    public void Each_module_registers_the_rules_intake_has_for_its_key()
    {
        foreach (var module in StandaloneVendors.Modules)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            module.AddServices(builder);

            var rules = builder.Services.Where(service => service.ServiceType == typeof(IVendorRequestRules))
                .Select(service => service.ImplementationType).ToList();

            Assert.True(rules.Count == 1 && GatewayVendors.RequestRules.Contains(rules[0]) && KeyOf(rules[0]!) == module.Key,
                $"{module.GetType().Name} registers [{string.Join(", ", rules)}], not the one GatewayVendors rule for '{module.Key}'.");
        }
    }

    [Fact]
    public void The_embedded_default_points_every_vendor_at_one_of_its_simulators()
    {
        var services = new ServiceCollection();
        foreach (var simulator in VendorSimulators.All)
        {
            simulator.AddServices(services);
        }

        var prefixes = services.Where(service => service.ServiceType == typeof(SimulatedVendor))
            .Select(service => ((SimulatedVendor)service.ImplementationInstance!).PathPrefix.Value!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(VendorSimulators.All.Count, prefixes.Count);
        // The embedded default derives every simulator base URL from its own address (StandaloneOwnUrls).
        var settings = StandaloneOwnUrls.Settings(StandaloneOwnUrls.Origin("http://localhost:5080"));

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in StandaloneVendors.Modules)
        {
            var baseUrl = settings.GetValueOrDefault(module.SettingsSection + ":BaseUrl");
            Assert.True(baseUrl is not null, $"StandaloneOwnUrls derives no {module.SettingsSection}:BaseUrl for '{module.Key}'.");
            var prefix = "/" + new Uri(baseUrl).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
            Assert.True(prefixes.Contains(prefix), $"'{module.Key}' calls {baseUrl}, where no simulator of VendorSimulators answers ({string.Join(", ", prefixes)}).");
            used.Add(prefix);
        }

        Assert.Equal(prefixes.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_module_points_its_own_section_at_the_embedded_default()
    {
        var origin = new Uri("http://localhost:6501/");
        foreach (var module in StandaloneVendors.Modules)
        {
            var settings = module.SimulatorSettings(origin);

            Assert.All(settings.Keys, key => Assert.True(key.StartsWith(module.SettingsSection + ":", StringComparison.OrdinalIgnoreCase),
                $"{module.GetType().Name} sets {key}, outside its section {module.SettingsSection}."));
            Assert.StartsWith(origin.AbsoluteUri, settings[module.SettingsSection + ":BaseUrl"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_module_stops_its_host_on_a_base_url_that_is_not_http()
    {
        var origin = new Uri("http://localhost:6401/");
        foreach (var module in StandaloneVendors.Modules)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(module.SimulatorSettings(origin));
            builder.Configuration[module.SettingsSection + ":BaseUrl"] = "ftp://vendor.test/";
            module.AddServices(builder);
            using var services = builder.Services.BuildServiceProvider();

            var failure = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());

            Assert.Contains($"{module.SettingsSection}:BaseUrl must be an absolute http(s) URL", failure.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>The rules' <c>Key</c> constant (rules may take settings in their constructor, so none is made here).</summary>
    static string KeyOf(Type rules) =>
        rules.GetField("Key", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new InvalidOperationException($"{rules.Name} has no public const string Key.");
}
