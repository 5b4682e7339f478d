namespace GenerationGateway.TestSupport;

/// <summary>A name no other test (or run) uses, for a queue or virtual host: the prefix plus 12 random hex digits.</summary>
public static class UniqueName
{
    public static string For(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
    }
}
