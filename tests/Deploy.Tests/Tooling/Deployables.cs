using System.Text.RegularExpressions;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>
/// Every deployable service, read from services/: each ASP.NET Core project except Standalone (the one-process
/// development host). Adapters are found by their AddVendorWorkflow call, so a new vendor's adapter is checked
/// by every test as soon as its project exists.
/// </summary>
public static partial class Deployables
{
    public const string DevelopmentHost = "Standalone";

    static readonly Lazy<IReadOnlyList<Deployable>> All = new(Discover);

    public static IReadOnlyList<Deployable> Services => All.Value;

    public static IEnumerable<Deployable> Adapters => Services.Where(service => service.IsAdapter);

    public static Deployable Named(string name) => Services.Single(service => service.Name == name);

    /// <summary>The name used in docker-compose.yml and Kubernetes: Intake.Api → intake-api, Adapters.Rodin → adapter-rodin.</summary>
    public static string NameOf(string project) =>
        project.Replace("Adapters.", "adapter-", StringComparison.Ordinal).Replace('.', '-').ToLowerInvariant();

    static List<Deployable> Discover()
    {
        var vendorKeys = VendorKeyConstant().Matches(RepositoryLayout.Read("services", "VendorRules", "VendorKeys.cs"))
            .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["value"].Value, StringComparer.Ordinal);
        var services = new List<Deployable>();
        foreach (var directory in Directory.GetDirectories(RepositoryLayout.Services).Order(StringComparer.Ordinal))
        {
            var project = Path.GetFileName(directory);
            var projectFile = Path.Combine(directory, project + ".csproj");
            if (project == DevelopmentHost || !File.Exists(projectFile) || !File.Exists(Path.Combine(directory, "Program.cs"))
                || !File.ReadAllText(projectFile).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
            {
                continue;
            }

            var workflow = VendorWorkflowCall().Match(File.ReadAllText(Path.Combine(directory, "Program.cs")));
            if (!workflow.Success)
            {
                services.Add(new Deployable(project, NameOf(project), null, null, []));
                continue;
            }

            var key = vendorKeys.GetValueOrDefault(workflow.Groups["key"].Value)
                ?? throw new InvalidOperationException($"{project}: VendorKeys.{workflow.Groups["key"].Value} is not in VendorKeys.cs.");
            var (section, credentials) = VendorOptions(directory);
            services.Add(new Deployable(project, NameOf(project), key, section, credentials));
        }

        return services;
    }

    /// <summary>The adapter's <c>Vendors:*</c> options section and its string settings that are credentials.</summary>
    static (string Section, IReadOnlyList<string> Credentials) VendorOptions(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*Options.cs", SearchOption.AllDirectories))
        {
            var code = File.ReadAllText(file);
            var section = SectionName().Match(code);
            if (section.Success && section.Groups["section"].Value.StartsWith("Vendors:", StringComparison.Ordinal))
            {
                var credentials = StringProperty().Matches(code).Select(match => match.Groups["name"].Value)
                    .Where(SecretSettings.IsSecretName).ToArray();
                return (section.Groups["section"].Value, credentials);
            }
        }

        throw new InvalidOperationException($"{directory}: no *Options.cs with a Vendors:* SectionName.");
    }

    [GeneratedRegex("""public const string (?<name>\w+) = "(?<value>[^"]+)";""")]
    private static partial Regex VendorKeyConstant();

    [GeneratedRegex(@"AddVendorWorkflow<\w+>\(\s*VendorKeys\.(?<key>\w+)")]
    private static partial Regex VendorWorkflowCall();

    [GeneratedRegex("""const string SectionName = "(?<section>[^"]+)";""")]
    private static partial Regex SectionName();

    [GeneratedRegex(@"public string\??\s+(?<name>\w+)\s*\{\s*get;\s*set;")]
    private static partial Regex StringProperty();
}
