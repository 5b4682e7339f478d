namespace GenerationGateway.Identity.Admin;

/// <summary>What a tenant id may be: the rules intake applies to a request's <c>tenantId</c>.</summary>
public static class TenantIdRules
{
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="tenantId"/> is not a tenant id, or null when it is one.</summary>
    public static string? Check(string? tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return "Required.";
        }

        if (tenantId.Length > MaxLength)
        {
            return $"Must be at most {MaxLength} characters.";
        }

        return HasControlCharacter(tenantId) ? "Must not hold control characters (NUL, line breaks, tabs and the like)." : null;
    }

    static bool HasControlCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
