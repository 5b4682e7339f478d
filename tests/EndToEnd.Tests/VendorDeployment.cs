namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// One vendor as a deployment runs it: its adapter project, the settings its adapter and its simulator start with,
/// and where its paid submits show in the simulator's request log.
/// </summary>
public abstract class VendorDeployment
{
    /// <summary>The vendor key: a request's <c>vendor</c> and its routing key on the bus.</summary>
    public abstract string Vendor { get; }

    /// <summary>The adapter's project folder under <c>services/</c>.</summary>
    public abstract string Project { get; }

    /// <summary>The vendor's name in the simulator's request log (<c>GET /_sim/requests?vendor=</c>).</summary>
    public abstract string SimulatorVendor { get; }

    /// <summary>Paths of the calls that create a paid vendor job (the workflow's submit step).</summary>
    public abstract IReadOnlyList<string> PaidSubmitPaths { get; }

    /// <summary>The simulator's settings for this vendor (keys it accepts, a fast job timeline).</summary>
    public abstract IReadOnlyDictionary<string, string> SimulatorEnvironment();

    /// <summary>The adapter's own settings, given where the simulator and the adapter itself listen.</summary>
    public abstract IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter);

    public override string ToString() => Vendor;
}
