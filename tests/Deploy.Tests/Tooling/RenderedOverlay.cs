using System.Text.Json.Nodes;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>The resources one overlay renders to, with the reads the tests share.</summary>
public sealed class RenderedOverlay(string name, IReadOnlyList<JsonObject> resources)
{
    static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];

    public string Name { get; } = name;

    public IReadOnlyList<JsonObject> Resources { get; } = resources;

    public IEnumerable<JsonObject> OfKind(string kind) => Resources.Where(resource => resource["kind"].Text() == kind);

    public JsonObject? Find(string kind, string name) => OfKind(kind).SingleOrDefault(resource => NameOf(resource) == name);

    /// <summary>Everything that runs pods.</summary>
    public IEnumerable<JsonObject> Workloads => Resources.Where(resource => WorkloadKinds.Contains(resource["kind"].Text()));

    /// <summary>Workloads running an image built from this repository (generation-gateway/...).</summary>
    public IEnumerable<JsonObject> GatewayWorkloads => Workloads.Where(workload =>
        Containers(workload).Any(container => ImageName(container).Contains("generation-gateway/", StringComparison.Ordinal)));

    public JsonObject? Deployment(string name) => Find("Deployment", name);

    /// <summary>The secret-free ConfigMaps a container reads through envFrom, by their rendered names.</summary>
    public IEnumerable<JsonObject> ConfigMapsOf(JsonNode container) => container["envFrom"].Items()
        .Select(source => source["configMapRef"]?["name"].Text())
        .OfType<string>()
        .Select(name => Find("ConfigMap", name) ?? throw new InvalidOperationException($"{Name}: ConfigMap {name} is referenced but not rendered."));

    /// <summary>The value a container gets for <paramref name="variable"/> from its env or envFrom ConfigMaps (not Secrets).</summary>
    public string? PlainValue(JsonNode container, string variable)
    {
        var direct = container["env"].Items().FirstOrDefault(item => item["name"].Text() == variable);
        if (direct is not null)
        {
            return direct["value"].Text();
        }

        return ConfigMapsOf(container).Select(map => map["data"]?[variable].Text()).LastOrDefault(value => value is not null);
    }

    public static string NameOf(JsonNode resource) => resource["metadata"]?["name"].Text() ?? "";

    public static string Describe(JsonNode resource) => $"{resource["kind"].Text()}/{NameOf(resource)}";

    public static JsonNode? PodSpec(JsonNode workload) => workload["kind"].Text() == "CronJob"
        ? workload["spec"]?["jobTemplate"]?["spec"]?["template"]?["spec"]
        : workload["spec"]?["template"]?["spec"];

    public static JsonNode? PodLabels(JsonNode workload) => workload["spec"]?["template"]?["metadata"]?["labels"];

    public static IEnumerable<JsonNode> Containers(JsonNode workload) =>
        PodSpec(workload)?["initContainers"].Items().Concat(PodSpec(workload)?["containers"].Items() ?? []) ?? [];

    /// <summary>The image without registry host and tag, e.g. generation-gateway/intake-api.</summary>
    public static string ImageName(JsonNode container)
    {
        var image = container["image"].Text() ?? "";
        var withoutTag = image.Split('@')[0];
        var lastSlash = withoutTag.LastIndexOf('/');
        var colon = withoutTag.LastIndexOf(':');
        return colon > lastSlash ? withoutTag[..colon] : withoutTag;
    }
}
