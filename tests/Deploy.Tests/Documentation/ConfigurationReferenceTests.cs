using System.Text.RegularExpressions;
using GenerationGateway.Deploy.Tests.Tooling;

namespace GenerationGateway.Deploy.Tests.Documentation;

/// <summary>
/// deploy/README.md documents every setting the services bind and every variable docker-compose.yml reads, except what is
/// a vendor's own: an adapter's or a simulator's settings are in the README next to its options (its own folder:
/// services/Adapters.&lt;Vendor&gt;/README.md, services/VendorSim/&lt;Simulator&gt;/README.md), an adapter's compose variables
/// in its README, so a new vendor documents itself without an edit here (docs/adding-a-vendor.md).
/// </summary>
public sealed partial class ConfigurationReferenceTests
{
    static readonly string Readme = RepositoryLayout.Read("deploy", "README.md");

    [Fact]
    public void Every_bound_option_of_every_service_is_in_the_configuration_reference()
    {
        var settings = BoundSettings().ToList();
        Assert.True(settings.Count > 50, $"Only {settings.Count} settings found: is the option scan still right?");

        var missing = settings.Where(setting => !Documented(setting.Name) && !DocumentedInOwnReadme(setting.Name, setting.OptionsFile))
            .Select(setting => setting.Name).ToList();

        Assert.True(missing.Count == 0, $"deploy/README.md does not document:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void Every_connection_string_a_service_reads_is_in_the_configuration_reference()
    {
        var names = Directory.EnumerateFiles(RepositoryLayout.Services, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .SelectMany(file => ConnectionStringName().Matches(File.ReadAllText(file)).Select(match => match.Groups["name"].Value))
            .Distinct()
            .ToList();

        Assert.Contains("Workflow", names);
        Assert.All(names, name => Assert.Contains($"`ConnectionStrings:{name}`", Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_compose_variable_is_documented()
    {
        var adapterReadmes = Directory.EnumerateFiles(RepositoryLayout.Services, "README.md", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(Path.GetDirectoryName(file))!.StartsWith("Adapters.", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var missing = DockerCompose.Variables.Where(variable => !Readme.Contains($"`{variable}`", StringComparison.Ordinal)
            && !adapterReadmes.Any(readme => readme.Contains($"`{variable}`", StringComparison.Ordinal))).ToList();

        Assert.True(missing.Count == 0, $"docker-compose.yml reads undocumented variables: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// Section:Property of every settable public property of every options class with a SectionName, except those the
    /// binder never fills (their summary says they are filled from elsewhere, or not bound).
    /// </summary>
    static IEnumerable<(string Name, string OptionsFile)> BoundSettings()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryLayout.Services, "*Options.cs", SearchOption.AllDirectories).Where(file => !IsBuildOutput(file)))
        {
            var lines = File.ReadAllLines(file);
            var section = lines.Select(line => SectionName().Match(line)).FirstOrDefault(match => match.Success)?.Groups["section"].Value;
            if (section is null)
            {
                continue;
            }

            for (var index = 0; index < lines.Length; index++)
            {
                var property = SettableProperty().Match(lines[index]);
                if (property.Success && !NotBound(lines, index))
                {
                    yield return ($"{section}:{property.Groups["name"].Value}", file);
                }
            }
        }
    }

    static bool NotBound(string[] lines, int propertyLine)
    {
        var comment = string.Join(' ', lines.Take(propertyLine).Reverse()
            .TakeWhile(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal) || line.TrimStart().StartsWith('[')));
        return UnboundRemark().IsMatch(comment);
    }

    /// <summary>Named in full (<c>`Vendors:Rodin:ApiKey`</c>) or as the second of a pair (<c>`Vendors:Rodin:WaitingDuration` / `GeneratingDuration`</c>).</summary>
    static bool Documented(string setting)
    {
        if (Readme.Contains($"`{setting}`", StringComparison.Ordinal))
        {
            return true;
        }

        var separator = setting.LastIndexOf(':');
        var (section, name) = (setting[..separator], setting[(separator + 1)..]);
        return Readme.Split('\n').Any(line => line.Contains($"`{section}:", StringComparison.Ordinal) && line.Contains($"/ `{name}`", StringComparison.Ordinal));
    }

    /// <summary>
    /// In the nearest README.md from the options' folder up to its project's: named in full, or as a table row
    /// (<c>| `ApiKey` |</c>, <c>/ `GeneratingDuration`</c>) of a README that names the section (<c>`Vendors:Rodin:*`</c>).
    /// </summary>
    static bool DocumentedInOwnReadme(string setting, string optionsFile)
    {
        var directory = Path.GetDirectoryName(optionsFile);
        while (directory is not null && Path.GetDirectoryName(directory) is { } parent && parent.Length >= RepositoryLayout.Services.Length)
        {
            var readme = Path.Combine(directory, "README.md");
            if (File.Exists(readme))
            {
                var text = File.ReadAllText(readme);
                var separator = setting.LastIndexOf(':');
                var (section, name) = (setting[..separator], setting[(separator + 1)..]);
                return text.Contains($"`{setting}`", StringComparison.Ordinal)
                    || (text.Contains($"`{section}", StringComparison.Ordinal) && text.Split('\n').Any(line => line.StartsWith('|')
                        && (line.Contains($"| `{name}`", StringComparison.Ordinal) || line.Contains($"/ `{name}`", StringComparison.Ordinal))));
            }

            directory = parent;
        }

        return false;
    }

    static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex("""const string SectionName = "(?<section>[^"]+)";""")]
    private static partial Regex SectionName();

    [GeneratedRegex(@"^\s*public (?!const|static)[\w<>?,.\[\] ]+ (?<name>[A-Z]\w*) \{ get; set; \}")]
    private static partial Regex SettableProperty();

    [GeneratedRegex("(?i)(filled from|read from|not bound|not from this section)")]
    private static partial Regex UnboundRemark();

    /// <summary>The names services declare as constants (<c>const string ConnectionStringName = "Intake"</c>) or read directly.</summary>
    [GeneratedRegex(@"(?:GetConnectionString\(\s*""|const string ConnectionStringName\s*=\s*"")(?<name>\w+)""")]
    private static partial Regex ConnectionStringName();
}
