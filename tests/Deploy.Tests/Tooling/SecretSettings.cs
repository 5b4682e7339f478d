using System.Text.RegularExpressions;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Which settings are secrets: credentials by their name, and connection strings (they carry passwords).</summary>
public static partial class SecretSettings
{
    /// <summary>A setting or variable name that holds a credential: *ApiKey, *AppKey, *Secret, *AppCode, *Password, *Token.</summary>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var last = name.Split(["__", ":"], StringSplitOptions.None)[^1];
        return CredentialName().IsMatch(last) || name.StartsWith("ConnectionStrings", StringComparison.Ordinal);
    }

    /// <summary>Whether a value looks like it carries a password (a connection string or a URI with credentials).</summary>
    public static bool CarriesPassword(string value) => PasswordInValue().IsMatch(value);

    [GeneratedRegex("(Key|Secret|Code|Password|Token)$")]
    private static partial Regex CredentialName();

    [GeneratedRegex(@"(?i)(password\s*=|pwd\s*=|://[^/\s:@]+:[^/\s@]+@)")]
    private static partial Regex PasswordInValue();
}
