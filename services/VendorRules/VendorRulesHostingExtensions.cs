using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.VendorRules;

public static class VendorRulesHostingExtensions
{
    /// <summary>Aholo's request rules with their settings (<see cref="AholoRequestRulesOptions"/>), validated at start.</summary>
    public static IServiceCollection AddAholoRequestRules(this IServiceCollection services)
    {
        services.AddOptions<AholoRequestRulesOptions>()
            .BindConfiguration(AholoRequestRulesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, AholoRequestRules>());
        return services;
    }
}
