using System.Text.Json;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>
/// Finds the first string in a parsed body that the gateway cannot carry: one that is not valid UTF-8 (raw bytes or
/// a lone surrogate escape) or that holds a NUL character, which neither PostgreSQL text nor jsonb can store.
/// Property names are checked like values. Field-specific character rules are the request rules' business.
/// </summary>
static class JsonStringScanner
{
    /// <summary>Adds one error under the JSON path of the first such string and returns false; true when every string is clean.</summary>
    public static bool Check(JsonElement element, VendorRules.RequestValidationErrors errors) => Check(element, string.Empty, errors);

    static bool Check(JsonElement element, string path, VendorRules.RequestValidationErrors errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryDecode(() => property.Name, out var name))
                    {
                        return Fail(errors, Or(path), "A property name is not valid UTF-8 text.");
                    }

                    var child = path.Length == 0 ? name : $"{path}.{name}";
                    if (name.Contains('\0', StringComparison.Ordinal))
                    {
                        return Fail(errors, Or(path), "A property name holds a NUL character.");
                    }

                    if (!Check(property.Value, child, errors))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (!Check(item, $"{path}[{index++}]", errors))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.String:
                if (!TryDecode(element.GetString, out var value))
                {
                    return Fail(errors, Or(path), "Is not valid UTF-8 text (invalid bytes or a lone surrogate escape).");
                }

                return !value.Contains('\0', StringComparison.Ordinal) || Fail(errors, Or(path), "Must not hold a NUL character.");
            default:
                return true;
        }
    }

    static bool Fail(VendorRules.RequestValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return false;
    }

    static string Or(string path) => path.Length == 0 ? CreateGenerationRequestReader.BodyField : path;

    static bool TryDecode(Func<string?> read, out string value)
    {
        try
        {
            value = read() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json's answer to text it cannot transcode to UTF-16.
            value = string.Empty;
            return false;
        }
    }
}
