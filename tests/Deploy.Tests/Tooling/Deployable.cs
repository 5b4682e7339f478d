namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>
/// A service of services/ that is deployed on its own: its project folder, its name in docker-compose.yml and
/// Kubernetes, and for an adapter the vendor key (queues <c>{key}-workflow</c>, <c>{key}-inputs</c>, <c>{key}-vendor-calls</c>), its
/// options section and the credential settings in it.
/// </summary>
public sealed record Deployable(
    string Project,
    string Name,
    string? VendorKey,
    string? VendorSection,
    IReadOnlyList<string> CredentialSettings)
{
    public bool IsAdapter => VendorKey is not null;

    public bool IsSimulator => Project == "VendorSim";

    /// <summary>The web console: its files (and, in compose, the API forwarded to the services); no broker, no database.</summary>
    public bool IsWebConsole => Project == "WebConsole";

    /// <summary>On the gateway's broker and databases: every deployable but the simulators and the web console.</summary>
    public bool UsesPlatform => !IsSimulator && !IsWebConsole;

    /// <summary>The environment variables of the credential settings, e.g. Vendors__Rodin__ApiKey.</summary>
    public IEnumerable<string> CredentialVariables =>
        CredentialSettings.Select(setting => $"{VendorSection}:{setting}".Replace(":", "__", StringComparison.Ordinal));

    public override string ToString() => Project;
}
