using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.ServiceDefaults.InMemory;

public static class InMemoryRetentionHostingExtensions
{
    /// <summary>The retention of the in-memory stores (<see cref="InMemoryRetentionOptions"/>), validated at start.</summary>
    public static IServiceCollection AddInMemoryRetention(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InMemoryRetentionOptions>()
            .BindConfiguration(InMemoryRetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
