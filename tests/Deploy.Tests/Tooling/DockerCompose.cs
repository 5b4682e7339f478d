using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Runs <c>docker-compose config</c> on the repository's docker-compose.yml and reads what it resolved.</summary>
public static partial class DockerCompose
{
    static readonly ConcurrentDictionary<string, Lazy<Task<JsonObject>>> Configs = new(StringComparer.Ordinal);

    public const string SandboxEnvFile = "deploy/compose/sandbox.env";

    /// <summary>Every variable docker-compose.yml substitutes (<c>${NAME}</c>, <c>${NAME:-default}</c> ...).</summary>
    public static IReadOnlySet<string> Variables { get; } =
        Substitution().Matches(File.ReadAllText(RepositoryLayout.ComposeFile)).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A distinct value for every variable, to see where each lands: <c>from-environment-NAME</c>, or for a host port
    /// (<c>*_PORT</c>) a port number, which compose requires there.
    /// </summary>
    public static Dictionary<string, string> Sentinels() =>
        Variables.Order(StringComparer.Ordinal).Select((name, index) => (name, index)).ToDictionary(
            item => item.name,
            item => item.name.EndsWith("_PORT", StringComparison.Ordinal) ? (40000 + item.index).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"from-environment-{item.name}",
            StringComparer.Ordinal);

    /// <summary>
    /// The resolved configuration (once per set of options and variables; callers only read it). Every variable the
    /// file substitutes is removed from the tool's environment unless <paramref name="variables"/> sets it, so the
    /// machine's environment cannot change the outcome.
    /// </summary>
    public static Task<JsonObject> ConfigAsync(IEnumerable<string> options, IReadOnlyDictionary<string, string>? variables = null)
    {
        var arguments = options.ToArray();
        var key = string.Join('\n', arguments.Concat((variables ?? new Dictionary<string, string>()).OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={pair.Value}")));
        return Configs.GetOrAdd(key, _ => new Lazy<Task<JsonObject>>(() => RunConfigAsync(arguments, variables))).Value;
    }

    static async Task<JsonObject> RunConfigAsync(string[] options, IReadOnlyDictionary<string, string>? variables)
    {
        var environment = Variables.Concat(["COMPOSE_PROFILES", "COMPOSE_FILE", "COMPOSE_PROJECT_NAME"])
            .ToDictionary(name => name, name => variables?.GetValueOrDefault(name), StringComparer.Ordinal);
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var result = await ExternalCommand.RunAsync("docker-compose", ["--file", RepositoryLayout.ComposeFile, .. options, "config"], environment);
        return YamlDocuments.Parse(result.Succeeded()).Single().AsObject();
    }

    /// <summary>The sandbox: profile sandbox with deploy/compose/sandbox.env, as the README runs it.</summary>
    public static Task<JsonObject> SandboxConfigAsync() => ConfigAsync(["--profile", "sandbox", "--env-file", SandboxEnvFile]);

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Services(JsonObject config) => config["services"].Entries();

    public static JsonNode Service(JsonObject config, string name) =>
        config["services"]?[name] ?? throw new InvalidOperationException($"docker-compose.yml has no service {name}.");

    /// <summary>The service's environment as a map (docker-compose config prints it as one).</summary>
    public static IReadOnlyDictionary<string, string> Environment(JsonNode service) =>
        service["environment"].Entries().ToDictionary(entry => entry.Key, entry => entry.Value.Text() ?? "", StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Substitution();
}
