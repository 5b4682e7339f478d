using System.Text.RegularExpressions;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>
/// Every deployable service, read from services/: each ASP.NET Core project except Standalone (the one-process
/// development host). Adapters are found by their module in Program.cs (<c>VendorAdapterHost.Run(new XVendorModule(), args)</c>), their key in the module's request rules,
/// so a new vendor's adapter is checked by every test as soon as its project exists.
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

            var adapter = VendorAdapterCall().Match(File.ReadAllText(Path.Combine(directory, "Program.cs")));
            if (!adapter.Success)
            {
                services.Add(new Deployable(project, NameOf(project), null, null, []));
                continue;
            }

            var key = VendorKeyOf(directory, adapter.Groups["module"].Value);
            var (section, credentials) = VendorOptions(directory);
            services.Add(new Deployable(project, NameOf(project), key, section, credentials));
        }

        return services;
    }

    /// <summary>The key of an adapter's module: <c>VendorModule&lt;…&gt;(XRequestRules.Key, …)</c>, the constant in services/VendorRules.</summary>
    static string VendorKeyOf(string directory, string module)
    {
        var rules = ModuleKey().Match(File.ReadAllText(Path.Combine(directory, module + ".cs")));
        if (!rules.Success)
        {
            throw new InvalidOperationException($"{directory}: {module} does not take its Key from request rules.");
        }

        var file = Directory.EnumerateFiles(Path.Combine(RepositoryLayout.Services, "VendorRules"), rules.Groups["rules"].Value + ".cs", SearchOption.AllDirectories).Single();
        return RulesKey().Match(File.ReadAllText(file)).Groups["key"].Value;
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

    [GeneratedRegex(@"new (?<module>\w+VendorModule)\(\)")]
    private static partial Regex VendorAdapterCall();

    [GeneratedRegex(@"\((?<rules>\w+RequestRules)\.Key,")]
    private static partial Regex ModuleKey();

    [GeneratedRegex("""public const string Key = "(?<key>[^"]+)";""")]
    private static partial Regex RulesKey();

    [GeneratedRegex("""const string SectionName = "(?<section>[^"]+)";""")]
    private static partial Regex SectionName();

    [GeneratedRegex(@"public string\??\s+(?<name>\w+)\s*\{\s*get;\s*set;")]
    private static partial Regex StringProperty();
}
