namespace GenerationGateway.Identity;

/// <summary>What an API key may do; each scope is also the name of the authorization policy that requires it.</summary>
public static class GatewayScopes
{
    /// <summary>Submit and cancel generations of the key's tenant.</summary>
    public const string GenerationsWrite = "generations:write";

    /// <summary>Read generations, assets and catalogues of the key's tenant.</summary>
    public const string GenerationsRead = "generations:read";

    /// <summary>Operate the gateway: API keys (and quotas) of every tenant.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [GenerationsWrite, GenerationsRead, Admin];

    public static bool IsKnown(string? scope) => scope is GenerationsWrite or GenerationsRead or Admin;
}
