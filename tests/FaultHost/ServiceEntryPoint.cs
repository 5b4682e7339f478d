using System.Diagnostics;
using System.Runtime.Loader;
using GenerationGateway.ServiceDefaults.FaultInjection;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.FaultHost;

/// <summary>Loads a built service (its dependencies from its own output folder) and runs its entry point with a fault injector registered.</summary>
internal static class ServiceEntryPoint
{
    public static int Run(string assemblyPath, IFaultInjector injector, string[] arguments)
    {
        var resolver = new AssemblyDependencyResolver(assemblyPath);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            resolver.ResolveAssemblyToPath(name) is { } path ? context.LoadFromAssemblyPath(path) : null;
        var service = AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath);
        var entryPoint = service.EntryPoint ?? throw new InvalidOperationException($"{assemblyPath} has no entry point.");

        // The service's own name (telemetry, hosting environment), not the fault host's.
        string[] serviceArguments = [.. arguments, "--applicationName", service.GetName().Name!];
        using var subscription = DiagnosticListener.AllListeners.Subscribe(
            new HostBuildingObserver(services => services.AddSingleton<IFaultInjector>(injector)));
        var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [serviceArguments]);
        return result is int exitCode ? exitCode : 0;
    }
}
