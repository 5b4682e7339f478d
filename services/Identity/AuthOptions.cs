namespace GenerationGateway.Identity;

/// <summary>The configured credentials: the first admin key, from a Secret or an environment variable.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public const int MinAdminKeyLength = 32;

    /// <summary>
    /// The bootstrap admin key (scope <c>admin</c>, no tenant): it creates and revokes tenants' keys. At least
    /// <see cref="MinAdminKeyLength"/> characters; required by every service that accepts it.
    /// </summary>
    public string? AdminKey { get; set; }
}
