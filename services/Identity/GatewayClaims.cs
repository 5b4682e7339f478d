namespace GenerationGateway.Identity;

/// <summary>The claims an authenticated API key carries.</summary>
public static class GatewayClaims
{
    /// <summary>The key's tenant; absent on the configured admin key, which belongs to no tenant.</summary>
    public const string Tenant = "gw:tenant";

    /// <summary>One claim per scope the key holds (values in <see cref="GatewayScopes"/>).</summary>
    public const string Scope = "scope";

    /// <summary>The key's id (never the key itself).</summary>
    public const string KeyId = "gw:key";
}
