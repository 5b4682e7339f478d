using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GenerationGateway.VendorRules;

/// <summary>
/// Reads a request's <c>vendorOptions</c> into a vendor's options record with System.Text.Json, strictly: camelCase keys
/// as spelled, no unknown member, no number in a string. A null value is an option not given. When the object does not
/// read, every key that is unknown or of the wrong JSON type is named under <c>vendorOptions.&lt;key&gt;</c>.
/// </summary>
public static class VendorOptionsReader
{
    /// <summary>The error key of the whole <c>vendorOptions</c> object.</summary>
    public const string Field = "vendorOptions";

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// The options read, or <paramref name="none"/> when none are given or they do not read (then with errors);
    /// <paramref name="vendor"/> is how the messages name the vendor ("Rodin has no such option").
    /// </summary>
    public static T Read<T>(JsonElement? vendorOptions, T none, string vendor, RequestValidationErrors errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (vendorOptions is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return none;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Field, "Vendor options must be a JSON object.");
            return none;
        }

        try
        {
            return json.Deserialize<T>(Options) ?? none;
        }
        catch (JsonException)
        {
            NameEachBrokenKey(json, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)), vendor, errors);
            return none;
        }
    }

    static void NameEachBrokenKey<T>(JsonElement json, JsonTypeInfo<T> type, string vendor, RequestValidationErrors errors)
    {
        var members = type.Properties.ToDictionary(property => property.Name, StringComparer.Ordinal);
        var named = false;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{Field}.{property.Name}";
            if (!members.TryGetValue(property.Name, out var member))
            {
                errors.Add(field, $"{vendor} has no such option (known: {string.Join(", ", members.Keys)}).");
                named = true;
            }
            else if (!Reads(property.Value, member.PropertyType))
            {
                errors.Add(field, $"Must be {Expected(member.PropertyType)}.");
                named = true;
            }
        }

        if (!named)
        {
            errors.Add(Field, "Vendor options do not read.");
        }
    }

    static bool Reads(JsonElement value, Type type)
    {
        try
        {
            _ = value.Deserialize(type, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    static string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "a string",
        var t when t == typeof(int) => "an integer",
        var t when t == typeof(bool) => "true or false",
        var t when t.IsAssignableFrom(typeof(int[])) => "an array of integers",
        var t when t.IsAssignableFrom(typeof(string[])) => "an array of strings",
        _ => "of another JSON type",
    };
}
