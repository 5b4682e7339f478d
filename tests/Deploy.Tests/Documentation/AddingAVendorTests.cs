using System.Text.RegularExpressions;
using GenerationGateway.Deploy.Tests.Tooling;

namespace GenerationGateway.Deploy.Tests.Documentation;

/// <summary>
/// docs/adding-a-vendor.md lists every file outside a vendor's own folders that a new vendor joins, and its count holds:
/// a file that names every vendor (by project, deployment name, database, module, rules, settings or key) is a list,
/// and each such list is in the document's tables, and nothing else is. The files deploy/generate-vendors.sh writes from
/// the vendor list are listed apart, and are what it writes now.
/// </summary>
public sealed partial class AddingAVendorTests
{
    static readonly string[] TextFiles = [".cs", ".csproj", ".sln", ".md", ".yml", ".yaml", ".json", ".sql", ".env", ".sh", ".props", ".mjs"];

    static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "docs"];

    [Fact]
    public void The_document_lists_exactly_the_files_that_name_every_vendor_and_counts_the_required_edits()
    {
        var document = RepositoryLayout.Read("docs", "adding-a-vendor.md");
        var required = TableFiles(Section(document, "## Edits elsewhere"));
        var optional = TableFiles(Section(document, "## Lists a new vendor may join"));
        var generated = TableFiles(Section(document, "## Generated from the vendor list"));
        var claimed = int.Parse(EditCount().Match(document).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);

        var lists = FilesNamingEveryVendor().ToList();

        Assert.True(Deployables.Adapters.Count() >= 2, "Fewer than two adapters found: is the adapter scan still right?");
        Assert.Equal(claimed, required.Count);
        var undocumented = lists.Except(required).Except(optional).Except(generated).ToList();
        Assert.True(undocumented.Count == 0, $"These files name every vendor but docs/adding-a-vendor.md does not list them:\n{string.Join('\n', undocumented)}");
        var stale = required.Concat(optional).Except(lists).ToList();
        Assert.True(stale.Count == 0, $"docs/adding-a-vendor.md lists files that no longer name every vendor:\n{string.Join('\n', stale)}");
    }

    /// <summary>
    /// The vendor list (services/GatewayVendors.props) names exactly the adapters under services/ and, for each, a simulator
    /// folder with its module: an adapter left off the list would be deployed but never accepted by intake, run by the
    /// embedded default or simulated.
    /// </summary>
    [Fact]
    public void The_vendor_list_names_every_adapter_and_its_simulator()
    {
        var listed = VendorListEntry().Matches(RepositoryLayout.Read("services", "GatewayVendors.props"))
            .Select(match => (Vendor: match.Groups["vendor"].Value, Simulator: match.Groups["simulator"].Value)).ToList();

        Assert.Equal(
            Deployables.Adapters.Select(adapter => adapter.Project["Adapters.".Length..]).Order(StringComparer.Ordinal),
            listed.Select(entry => entry.Vendor).Order(StringComparer.Ordinal));
        Assert.All(listed, entry => Assert.True(
            File.Exists(RepositoryLayout.PathOf("services", "VendorSim", entry.Simulator, $"{entry.Simulator}SimulatorModule.cs")),
            $"services/GatewayVendors.props: {entry.Vendor}'s simulator {entry.Simulator} has no services/VendorSim/{entry.Simulator}/{entry.Simulator}SimulatorModule.cs."));
    }

    /// <summary>
    /// The deploy files that name every vendor are written by deploy/generate-vendors.sh from the vendor list and each
    /// adapter's sandbox.values: the committed files are exactly what it writes now (so adding a vendor is running it, not
    /// editing them), and the document's "Generated" table names exactly the files it writes.
    /// </summary>
    [Fact]
    public async Task The_generated_vendor_files_are_what_the_generator_writes_now()
    {
        var generated = TableFiles(Section(RepositoryLayout.Read("docs", "adding-a-vendor.md"), "## Generated from the vendor list"));
        var output = Directory.CreateTempSubdirectory("dep_generated_");
        try
        {
            (await ExternalCommand.RunAsync("bash", ["deploy/generate-vendors.sh", output.FullName])).Succeeded();
            var written = Directory.EnumerateFiles(output.FullName, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(output.FullName, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();

            Assert.Equal(generated.Order(StringComparer.Ordinal), written);
            Assert.All(written, file => Assert.True(
                File.ReadAllText(Path.Combine(output.FullName, file)) == File.ReadAllText(RepositoryLayout.PathOf(file)),
                $"{file} is not what deploy/generate-vendors.sh writes from services/GatewayVendors.props now: run `bash deploy/generate-vendors.sh` (docs/adding-a-vendor.md)."));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    static IEnumerable<string> FilesNamingEveryVendor()
    {
        var vendors = Deployables.Adapters.Select(Patterns).ToList();
        return Files(RepositoryLayout.Root)
            .Where(file => { var text = File.ReadAllText(file); return vendors.All(patterns => patterns.Any(pattern => pattern.IsMatch(text))); })
            .Select(file => Path.GetRelativePath(RepositoryLayout.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>How a file names a vendor: Adapters.Rodin, adapter-rodin (adapters/rodin), gateway_rodin, RodinVendorModule, RodinRequestRules, Vendors:Rodin, "Rodin":, RODIN_…, its key, or the vendor list's <c>&lt;GatewayVendor Include="Rodin"</c>.</summary>
    static Regex[] Patterns(Deployable adapter)
    {
        var vendor = adapter.Project["Adapters.".Length..];
        var name = vendor.ToLowerInvariant();
        return
        [
            new($@"Adapters\.{vendor}\b"), new($@"adapters?[-/]{name}\b"), new($@"gateway_{name}\b"), new($@"\b{vendor}VendorModule\b"),
            new($@"\b{vendor}RequestRules\b"), new($@"Vendors[:_]+{vendor}\b"), new($@"""{vendor}""\s*:"), new($@"\b{name.ToUpperInvariant()}_[A-Z]"),
            new($@"(?<![\w/-]){Regex.Escape(adapter.VendorKey!)}(?![\w-])"), new($@"<GatewayVendor\s+Include=""{vendor}"""),
        ];
    }

    static IEnumerable<string> Files(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (TextFiles.Contains(Path.GetExtension(file), StringComparer.Ordinal))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (Skipped.Contains(Path.GetFileName(child), StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var file in Files(child))
            {
                yield return file;
            }
        }
    }

    static string Section(string document, string heading)
    {
        var start = document.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/adding-a-vendor.md has no '{heading}' section.");
        var end = document.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? document[start..] : document[start..end];
    }

    /// <summary>The first backticked path of each table row.</summary>
    static List<string> TableFiles(string section) =>
        [.. TableRowFile().Matches(section).Select(match => match.Groups["file"].Value)];

    [GeneratedRegex(@"^\|(?:\s*\d+\s*\|)?\s*`(?<file>[^`]+)`", RegexOptions.Multiline)]
    private static partial Regex TableRowFile();

    [GeneratedRegex("""<GatewayVendor\s+Include="(?<vendor>\w+)"\s+Simulator="(?<simulator>\w+)"\s*/>""")]
    private static partial Regex VendorListEntry();

    [GeneratedRegex(@"## Edits elsewhere \((?<count>\d+) edits\)")]
    private static partial Regex EditCount();
}
