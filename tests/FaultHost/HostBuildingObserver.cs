using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.FaultHost;

/// <summary>
/// Adds services to the host a service's entry point builds, as <c>WebApplicationFactory</c> does: the hosting library
/// announces <c>HostBuilding</c> on its diagnostic listener just before the host's services are built.
/// </summary>
internal sealed class HostBuildingObserver(Action<IServiceCollection> configure) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    readonly List<IDisposable> _subscriptions = [];

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.Extensions.Hosting")
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != "HostBuilding")
        {
            return;
        }

        switch (value.Value)
        {
            case IHostBuilder hostBuilder:
                hostBuilder.ConfigureServices((_, services) => configure(services));
                break;
            case IHostApplicationBuilder applicationBuilder:
                configure(applicationBuilder.Services);
                break;
            default:
                throw new InvalidOperationException($"Cannot add services to a {value.Value?.GetType().Name ?? "null"} host builder.");
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
