using System.Reflection;
using System.Text.Json.Serialization;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>The JSON spellings of a contract enumeration (its <see cref="JsonStringEnumMemberNameAttribute"/>s).</summary>
static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    static readonly Dictionary<string, TEnum> ByName = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(
            field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name,
            field => (TEnum)field.GetValue(null)!,
            StringComparer.OrdinalIgnoreCase);

    public static string Expected { get; } = string.Join(", ", ByName.Keys);

    public static bool TryParse(string value, out TEnum result) => ByName.TryGetValue(value, out result);

    /// <summary>Parses an optional value; a wrong one adds an error under <paramref name="field"/> and yields null.</summary>
    public static TEnum? Parse(string? value, string field, VendorRules.RequestValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (TryParse(value, out var result))
        {
            return result;
        }

        errors.Add(field, $"'{value}' is not one of: {Expected}.");
        return null;
    }
}
