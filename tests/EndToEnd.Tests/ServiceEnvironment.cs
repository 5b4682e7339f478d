namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Environment variables handed to a service process (configuration keys with <c>__</c> for <c>:</c>).</summary>
public static class ServiceEnvironment
{
    /// <summary>The parts merged in order: a later part's value wins.</summary>
    public static Dictionary<string, string> Merge(params IReadOnlyDictionary<string, string>[] parts)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
