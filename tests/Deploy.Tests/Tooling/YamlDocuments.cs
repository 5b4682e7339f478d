using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>
/// YAML as JSON nodes: mappings become objects, sequences arrays, scalars strings (YAML types are not
/// resolved: <c>replicas: 2</c> reads as "2"); a plain <c>null</c>, <c>~</c> or empty scalar is null.
/// </summary>
public static class YamlDocuments
{
    public static IReadOnlyList<JsonNode> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(document => Convert(document.RootNode)).OfType<JsonNode>()];
    }

    static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(child =>
            KeyValuePair.Create(((YamlScalarNode)child.Key).Value ?? "", Convert(child.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}."),
    };
}
