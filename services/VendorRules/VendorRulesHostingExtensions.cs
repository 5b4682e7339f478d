using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.VendorRules;

public static class VendorRulesHostingExtensions
{
    /// <summary>The settings vendor rules read (<see cref="AholoRequestRulesOptions"/>), validated at start.</summary>
    public static IServiceCollection AddVendorRuleSettings(this IServiceCollection services)
    {
        services.AddOptions<AholoRequestRulesOptions>()
            .BindConfiguration(AholoRequestRulesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>Aholo's request rules with their settings, for hosts that register one vendor's rules.</summary>
    public static IServiceCollection AddAholoRequestRules(this IServiceCollection services)
    {
        services.AddVendorRuleSettings();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, AholoRequestRules>());
        return services;
    }
}
