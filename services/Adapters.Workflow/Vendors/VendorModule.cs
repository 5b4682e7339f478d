using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Egress;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Refit;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>
/// A vendor module whose workflow plug-in is <typeparamref name="TWorkflow"/> and whose settings are
/// <typeparamref name="TOptions"/> (section <see cref="SettingsSection"/>, validated at start). What every adapter
/// registers the same way is here; a vendor adds only its clients and rules (<see cref="AddVendorServices"/>) and what
/// its simulator needs beyond the base URL <c>{origin}/{simulatorPath}</c> (<see cref="SimulatorValues"/>).
/// </summary>
/// <param name="key">The vendor key, the constant of the vendor's request rules.</param>
/// <param name="settingsSection">The section of <typeparamref name="TOptions"/> (<c>Vendors:Rodin</c>).</param>
/// <param name="simulatorPath">Where the vendor's simulator answers below the embedded default's origin (<c>rodin/api/v2/</c>).</param>
public abstract class VendorModule<TWorkflow, TOptions>(string key, string settingsSection, string simulatorPath) : IVendorModule
    where TWorkflow : class, IVendorWorkflow
    where TOptions : class, IVendorApiOptions
{
    public string Key { get; } = key;

    public string SettingsSection { get; } = settingsSection;

    public virtual string SchedulerQueue => $"{Key}-scheduler";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEgress();
        builder.Services.AddOptions<TOptions>()
            .BindConfiguration(SettingsSection)
            .ValidateDataAnnotations()
            .Validate(options => options.BaseUrl is null || IsHttpUrl(options.BaseUrl), $"{SettingsSection}:BaseUrl must be an absolute http(s) URL.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        AddVendorServices(builder);
        // Transient like the typed clients it uses, so their handlers keep rotating.
        builder.Services.TryAddTransient<TWorkflow>();
    }

    public void AddWorkflow(IBusRegistrationConfigurator configurator, WorkflowStorage storage) =>
        configurator.AddVendorWorkflow<TWorkflow>(Key, storage, ConfigureDefaults);

    /// <summary>The vendor's own defaults of its workflow settings (its documented capacity), under the configured values.</summary>
    protected virtual void ConfigureDefaults(WorkflowOptions options)
    {
    }

    public virtual void AddOwnProcess(IHostApplicationBuilder builder)
    {
    }

    public virtual void MapEndpoints(WebApplication app)
    {
    }

    public IReadOnlyDictionary<string, string?> SimulatorSettings(Uri origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"{SettingsSection}:BaseUrl"] = new Uri(origin, simulatorPath).AbsoluteUri,
        };
        foreach (var (name, value) in SimulatorValues(origin))
        {
            settings[$"{SettingsSection}:{name}"] = value;
        }

        return settings;
    }

    static bool IsHttpUrl(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>The vendor's clients (<see cref="VendorApiRegistration"/>), its request rules and what its workflow uses.</summary>
    protected abstract void AddVendorServices(IHostApplicationBuilder builder);

    /// <summary>The settings of this vendor's section its simulator needs besides the base URL: credentials, poll intervals.</summary>
    protected abstract IEnumerable<(string Name, string Value)> SimulatorValues(Uri origin);

    /// <summary>
    /// The vendor's two Refit clients: <typeparamref name="TApi"/> for the calls that create something (never retried
    /// here) and <typeparamref name="TReadApi"/> for the idempotent reads (retried, VendorResilience).
    /// </summary>
    protected void AddApis<TApi, TReadApi>(IServiceCollection services, RefitSettings settings)
        where TApi : class
        where TReadApi : class
    {
        services.AddVendorApi<TApi, TOptions>(settings, Key);
        services.AddVendorReadApi<TReadApi, TOptions>(settings, Key);
    }
}
