using System.Text.Json.Nodes;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Short reads of parsed YAML: absent values read as empty.</summary>
public static class NodeReading
{
    /// <summary>The scalar's text, or null when absent.</summary>
    public static string? Text(this JsonNode? node) => node is JsonValue value ? value.GetValue<string>() : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonNode>() : [];

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(this JsonNode? node) =>
        node is JsonObject map ? map : [];

    public static IEnumerable<string> Texts(this JsonNode? node) => node.Items().Select(item => item.Text() ?? "");
}
