using System.Globalization;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The settings every service of one deployment shares: its RabbitMQ virtual host, the asset store (a folder the
/// adapters write and results serves), the address assets are served from, and the identity store with the admin key.
/// A deployment on a broker of its own (<see cref="RabbitMqCluster"/>) hands its bus settings in <paramref name="broker"/>.
/// </summary>
public sealed class DeploymentEnvironment(
    string virtualHost, string assetRoot, int resultsPort, PostgresDatabase identity, IReadOnlyDictionary<string, string>? broker = null)
{
    /// <summary>The bus on the test broker, in the deployment's own virtual host (or on the deployment's own broker).</summary>
    public Dictionary<string, string> Bus() => broker is not null ? new(broker) : new()
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMqHost"] = TestEnvironment.RabbitMqUri.Host,
        ["Messaging__RabbitMqPort"] = TestEnvironment.RabbitMqUri.Port.ToString(CultureInfo.InvariantCulture),
        ["Messaging__RabbitMqVirtualHost"] = virtualHost,
        ["Messaging__RabbitMqUsername"] = TestEnvironment.RabbitMqUsername,
        ["Messaging__RabbitMqPassword"] = TestEnvironment.RabbitMqPassword,
    };

    /// <summary>The one identity store intake, results and the portrait adapter read, and the first admin key.</summary>
    public Dictionary<string, string> Identity() => new()
    {
        ["ConnectionStrings__Identity"] = identity.ConnectionString,
        ["Auth__AdminKey"] = TestApiKeys.AdminKey,
    };

    public Dictionary<string, string> Intake(PostgresDatabase database) => ServiceEnvironment.Merge(Bus(), Identity(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Intake"] = database.ConnectionString,
        // Flows and crash tests submit bursts under one tenant: only the quota tests meet a limit (a tenant's own).
        ["Quotas__Default__RequestsPerSecond"] = "1000",
        ["Quotas__Default__MaxInFlight"] = "10000",
        ["Quotas__Default__MaxInFlightPerVendor"] = "10000",
    });

    public Dictionary<string, string> Results(PostgresDatabase database) => ServiceEnvironment.Merge(Bus(), Assets(), Identity(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Results"] = database.ConnectionString,
        ["Assets__SigningKey"] = TestApiKeys.AssetSigningKey,
    });

    /// <summary>
    /// The webhook service: its database, the same asset signing key as results (the body's data is results' view), a
    /// quick retry schedule and poll, and the egress guard allowing exactly the test's receiver.
    /// </summary>
    public Dictionary<string, string> Webhooks(PostgresDatabase database, string receiverHostAndPort) => ServiceEnvironment.Merge(Bus(), Assets(), Identity(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Webhooks"] = database.ConnectionString,
        ["Assets__SigningKey"] = TestApiKeys.AssetSigningKey,
        ["Egress__AllowedHosts__0"] = receiverHostAndPort,
        ["Webhooks__InitialRetryDelay"] = "00:00:00.200",
        ["Webhooks__MaxRetryDelay"] = "00:00:01",
        ["Webhooks__PollInterval"] = "00:00:00.100",
    });

    /// <summary>What every adapter shares; each adds its database and its vendor's settings (<see cref="AdapterProcess"/>).</summary>
    public Dictionary<string, string> Adapter() => ServiceEnvironment.Merge(Bus(), Assets(), new Dictionary<string, string>
    {
        // Read by the portrait adapter (its style catalogue needs a key); the others ignore it.
        ["ConnectionStrings__Identity"] = identity.ConnectionString,
        ["Workflow__InitialCheckDelay"] = "00:00:00.500",
        ["Workflow__MaxCheckDelay"] = "00:00:01",
        // A replica killed mid-check leaves its claimed checks leased: the replacement takes them over after this.
        ["Workflow__StatusCheckLease"] = "00:00:03",
        ["Workflow__StatusCheckIdlePoll"] = "00:00:00.200",
        // The egress guard's allow-list of this test deployment: its simulators answer on loopback.
        ["Egress__AllowedNetworks__0"] = "127.0.0.0/8",
    });

    Dictionary<string, string> Assets() => new()
    {
        ["AssetStore__RootPath"] = assetRoot,
        ["AssetStore__PublicBaseUrl"] = $"http://127.0.0.1:{resultsPort}/v1/assets/",
    };
}
