using System.Text.Json.Nodes;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Kubernetes label selectors (matchLabels and matchExpressions) as the API server evaluates them.</summary>
public static class LabelSelector
{
    /// <summary>Whether <paramref name="selector"/> selects <paramref name="labels"/>; an empty selector selects everything.</summary>
    public static bool Matches(JsonNode? selector, JsonNode? labels)
    {
        string? Label(string key) => labels?[key].Text();

        foreach (var (key, value) in selector?["matchLabels"].Entries() ?? [])
        {
            if (Label(key) != value.Text())
            {
                return false;
            }
        }

        foreach (var expression in selector?["matchExpressions"].Items() ?? [])
        {
            var key = expression["key"].Text() ?? "";
            var values = expression["values"].Texts().ToHashSet(StringComparer.Ordinal);
            var label = Label(key);
            var matches = expression["operator"].Text() switch
            {
                "In" => label is not null && values.Contains(label),
                "NotIn" => label is null || !values.Contains(label),
                "Exists" => label is not null,
                "DoesNotExist" => label is null,
                var other => throw new NotSupportedException($"Selector operator {other}."),
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a Service or PDB selector (a plain label map, or a LabelSelector) selects the pods.</summary>
    public static bool MatchesPlain(JsonNode? labelMap, JsonNode? labels) =>
        labelMap is JsonObject map && map.Count > 0 && map.All(pair => labels?[pair.Key].Text() == pair.Value.Text());
}
