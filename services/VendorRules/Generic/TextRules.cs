namespace GenerationGateway.VendorRules;

/// <summary>What characters the gateway accepts in identifiers (tenant, references, keys, URLs) and in text (prompts).</summary>
public static class TextRules
{
    /// <summary>
    /// True when <paramref name="value"/> holds a control character (C0, DEL or C1), a lone surrogate, or a
    /// noncharacter; line breaks and tabs are allowed only when <paramref name="allowLineBreaks"/> (text, not identifiers).
    /// </summary>
    public static bool HasControlCharacter(string value, bool allowLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }

            if (char.IsControl(c) && !(allowLineBreaks && c is '\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds an error for an identifier that is too long or holds control characters; a null or empty value is left to the caller.</summary>
    public static void ValidateIdentifier(string? value, string field, int maxLength, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(field, $"Must be at most {maxLength} characters.");
        }
        else if (HasControlCharacter(value, allowLineBreaks: false))
        {
            errors.Add(field, "Must not hold control characters (NUL, line breaks, tabs and the like).");
        }
    }

    /// <summary>Adds an error for a text (a prompt) that is too long or holds control characters other than tabs and line breaks.</summary>
    public static void ValidateText(string? value, string field, int maxLength, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(field, $"Must be at most {maxLength} characters.");
        }
        else if (HasControlCharacter(value, allowLineBreaks: true))
        {
            errors.Add(field, "Must not hold control characters other than tabs and line breaks.");
        }
    }
}
