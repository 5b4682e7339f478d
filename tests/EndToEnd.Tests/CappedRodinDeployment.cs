namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// Rodin with an account that runs <see cref="MaxConcurrentJobs"/> jobs at once (the adapter's admission control) and jobs that
/// take <see cref="JobDuration"/> at the simulator; a queued job asks again every two seconds besides being told of a freed slot.
/// </summary>
public sealed class CappedRodinDeployment(int maxConcurrentJobs) : VendorDeployment
{
    readonly RodinDeployment _rodin = new();

    /// <summary>Long enough that a job submitted through intake is queued before a slot frees, even on a busy machine.</summary>
    public static readonly TimeSpan JobDuration = TimeSpan.FromSeconds(8);

    public int MaxConcurrentJobs { get; } = maxConcurrentJobs;

    public override string Vendor => _rodin.Vendor;

    public override string Project => _rodin.Project;

    public override string SimulatorVendor => _rodin.SimulatorVendor;

    public override IReadOnlyList<string> PaidSubmitPaths => _rodin.PaidSubmitPaths;

    public override IReadOnlyDictionary<string, string> SimulatorEnvironment() => ServiceEnvironment.Merge(
        _rodin.SimulatorEnvironment(),
        new Dictionary<string, string>
        {
            ["VendorSim__Rodin__WaitingDuration"] = "00:00:01",
            ["VendorSim__Rodin__GeneratingDuration"] = "00:00:07",
        });

    public override IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter) => ServiceEnvironment.Merge(
        _rodin.AdapterEnvironment(simulator, adapter),
        new Dictionary<string, string>
        {
            ["Workflow__MaxConcurrentJobs"] = MaxConcurrentJobs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Workflow__QueuedRecheck"] = "00:00:02",
        });
}
