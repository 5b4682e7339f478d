using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.ServiceDefaults.FaultInjection;

public static class FaultInjectionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="NoFaultInjector"/> unless an injector is registered already (a test host's).</summary>
    public static IServiceCollection AddNoFaultInjection(this IServiceCollection services)
    {
        services.TryAddSingleton<IFaultInjector>(NoFaultInjector.Instance);
        return services;
    }
}
