using System.Globalization;
using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The settings every service of one deployment shares: its RabbitMQ virtual host, the asset store (a folder the
/// adapters write and results serves) and the address assets are served from.
/// </summary>
public sealed class DeploymentEnvironment(string virtualHost, string assetRoot, int resultsPort)
{
    /// <summary>The bus on the test broker, in the deployment's own virtual host.</summary>
    public Dictionary<string, string> Bus() => new()
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMqHost"] = TestEnvironment.RabbitMqUri.Host,
        ["Messaging__RabbitMqPort"] = TestEnvironment.RabbitMqUri.Port.ToString(CultureInfo.InvariantCulture),
        ["Messaging__RabbitMqVirtualHost"] = virtualHost,
        ["Messaging__RabbitMqUsername"] = TestEnvironment.RabbitMqUsername,
        ["Messaging__RabbitMqPassword"] = TestEnvironment.RabbitMqPassword,
    };

    public Dictionary<string, string> Intake(PostgresDatabase database) => ServiceEnvironment.Merge(Bus(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Intake"] = database.ConnectionString,
    });

    public Dictionary<string, string> Results(PostgresDatabase database) => ServiceEnvironment.Merge(Bus(), Assets(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Results"] = database.ConnectionString,
    });

    /// <summary>What every adapter shares; each adds its database and its vendor's settings (<see cref="AdapterProcess"/>).</summary>
    public Dictionary<string, string> Adapter() => ServiceEnvironment.Merge(Bus(), Assets(), new Dictionary<string, string>
    {
        ["Workflow__InitialCheckDelay"] = "00:00:00.500",
        ["Workflow__MaxCheckDelay"] = "00:00:01",
        // The egress guard's allow-list of this test deployment: its simulators answer on loopback.
        ["Egress__AllowedNetworks__0"] = "127.0.0.0/8",
    });

    Dictionary<string, string> Assets() => new()
    {
        ["AssetStore__RootPath"] = assetRoot,
        ["AssetStore__PublicBaseUrl"] = $"http://127.0.0.1:{resultsPort}/v1/assets/",
    };
}
