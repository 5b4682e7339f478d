using System.Text.Json.Nodes;
using GenerationGateway.Intake.Api.Http;

namespace GenerationGateway.Intake.Api.Tests.Fuzzing;

/// <summary>
/// The generation requests of the README's "Try it" section, read from README.md itself: every
/// <c>curl -X POST …/v1/generations … -d BODY</c> with its headers, so the examples and the tests cannot drift apart.
/// </summary>
public static class ReadmeExamples
{
    const string Section = "## Try it";

    /// <summary>What the README's "Your API key" section has the reader export: the value stands for the key.</summary>
    public const string KeyPlaceholder = "<GW_KEY>";

    static readonly Dictionary<string, string> Exported = new(StringComparer.Ordinal) { ["GW_KEY"] = KeyPlaceholder };

    public static IReadOnlyList<ReadmeRequest> Requests { get; } = Read();

    static List<ReadmeRequest> Read()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README.md has no '{Section}' section.");
        }

        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        var requests = new List<ReadmeRequest>();
        foreach (var block in ShellBlocks(section))
        {
            // A block that shows a 400 answer holds an example of a refused request.
            var refused = block.Contains("\n# 400 ", StringComparison.Ordinal);
            foreach (var words in ReadmeShell.Commands(block, Exported))
            {
                if (AsGenerationRequest(words) is { } request)
                {
                    requests.Add(request with { Name = $"README example {requests.Count + 1} ({Describe(request.Body)})", ShowsRefusal = refused });
                }
            }
        }

        return requests;
    }

    static IEnumerable<string> ShellBlocks(string markdown)
    {
        var at = 0;
        while ((at = markdown.IndexOf("```sh\n", at, StringComparison.Ordinal)) >= 0)
        {
            var close = markdown.IndexOf("\n```", at + 6, StringComparison.Ordinal);
            yield return markdown[(at + 6)..close];
            at = close + 4;
        }
    }

    static ReadmeRequest? AsGenerationRequest(IReadOnlyList<string> words)
    {
        if (words[0] != "curl")
        {
            return null;
        }

        string? method = null, url = null, body = null;
        var headers = new List<KeyValuePair<string, string>>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add(new(header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-raw":
                    body = words[++i];
                    method ??= "POST";
                    break;
                case var word when word.StartsWith("http", StringComparison.Ordinal):
                    url = word;
                    break;
            }
        }

        return method == "POST" && body is not null && url is not null
            && new Uri(url).AbsolutePath.TrimEnd('/') == GenerationRoutes.Collection
            ? new ReadmeRequest(string.Empty, headers, body)
            : null;
    }

    static string Describe(string body) =>
        JsonNode.Parse(body) is JsonObject json ? $"{json["vendor"]}, {json["kind"]}" : "not a JSON object";

    static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Microservices.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Microservices.sln above {AppContext.BaseDirectory}.");
    }
}
