using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>
/// One vendor's adapter as every host composes it: the adapter's own process, the embedded default (which walks
/// <c>StandaloneVendors</c>) and the test hosts. Its key is the one its request rules define.
/// </summary>
public interface IVendorModule
{
    /// <summary>The vendor key (the <c>vendor</c> of a request), read from the vendor's request rules.</summary>
    string Key { get; }

    /// <summary>The section of the vendor's settings (<c>Vendors:Rodin</c>).</summary>
    string SettingsSection { get; }

    /// <summary>The queue of the adapter's PostgreSQL scheduler when it runs on its own.</summary>
    string SchedulerQueue { get; }

    /// <summary>Registers the vendor's options (validated at start), clients, request rules and workflow plug-in.</summary>
    void AddServices(IHostApplicationBuilder builder);

    /// <summary>Adds the vendor's workflow (saga and vendor-call consumers) to a bus, its sagas kept in <paramref name="storage"/>.</summary>
    void AddWorkflow(IBusRegistrationConfigurator configurator, WorkflowStorage storage);

    /// <summary>What the adapter needs only when it runs as its own process (the embedded default already has it).</summary>
    void AddOwnProcess(IHostApplicationBuilder builder);

    /// <summary>
    /// The settings that point this adapter at its simulator served at <paramref name="origin"/> (the embedded default,
    /// test hosts): base URL, the simulator's credentials, poll intervals. The embedded default puts them below every
    /// other configuration source, so an explicit setting wins.
    /// </summary>
    IReadOnlyDictionary<string, string?> SimulatorSettings(Uri origin);

    /// <summary>Maps the vendor's own endpoints (callbacks, catalogues); most vendors have none.</summary>
    void MapEndpoints(WebApplication app);
}
