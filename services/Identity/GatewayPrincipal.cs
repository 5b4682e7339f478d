using System.Security.Claims;

namespace GenerationGateway.Identity;

/// <summary>Reads the gateway's claims from an authenticated principal.</summary>
public static class GatewayPrincipal
{
    /// <summary>
    /// The tenant of the caller's key. Endpoints behind the <see cref="GatewayScopes.GenerationsWrite"/> or
    /// <see cref="GatewayScopes.GenerationsRead"/> policy always have one (those policies require it); elsewhere check
    /// <see cref="HasTenant"/> first: the configured admin key has none and this throws for it.
    /// </summary>
    public static string TenantId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue(GatewayClaims.Tenant)
            ?? throw new InvalidOperationException("The caller's key belongs to no tenant (the configured admin key).");
    }

    public static bool HasTenant(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(claim => claim.Type == GatewayClaims.Tenant);
    }

    /// <summary>True for a key with the <see cref="GatewayScopes.Admin"/> scope: it acts for every tenant.</summary>
    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.HasScope(GatewayScopes.Admin);

    public static bool HasScope(this ClaimsPrincipal principal, string scope)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(GatewayClaims.Scope, scope);
    }

    /// <summary>The id of the caller's key, or null when not authenticated by one.</summary>
    public static string? KeyId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue(GatewayClaims.KeyId);
    }
}
