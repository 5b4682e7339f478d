using System.Text.RegularExpressions;

namespace GenerationGateway.AssetStore;

/// <summary>Asset keys are relative paths of safe segments: <c>{generationId}/{fileName}</c>.</summary>
public static partial class AssetKey
{
    public static string For(Guid generationId, string fileName) => $"{generationId:N}/{fileName}";

    public static bool IsValid(string key) =>
        key.Length is > 0 and <= 512
        && SafeKey().IsMatch(key)
        && key.Split('/').All(segment => segment is not ("." or ".."));

    public static void EnsureValid(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a valid asset key.", nameof(key));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex SafeKey();
}
