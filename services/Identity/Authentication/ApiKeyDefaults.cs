namespace GenerationGateway.Identity.Authentication;

public static class ApiKeyDefaults
{
    /// <summary>The authentication scheme of API keys sent as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The key id of the configured admin key (<c>Auth:AdminKey</c>), which is not stored.</summary>
    public const string ConfiguredAdminKeyId = "configured-admin";
}
