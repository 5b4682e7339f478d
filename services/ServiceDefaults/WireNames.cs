using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// The wire spellings of an enumeration (its <see cref="JsonStringEnumMemberNameAttribute"/>s, else the member's name):
/// what the APIs read and write, what the stores keep instead of ordinals, what metrics are tagged with.
/// </summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Names.TryGetValue(value, out var name) ? name : value.ToString();

    public static string? OfNullable<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? Of(known) : null;

    /// <summary>Every wire name of <typeparamref name="TEnum"/>, comma-separated, for error messages.</summary>
    public static string Expected<TEnum>()
        where TEnum : struct, Enum =>
        Table<TEnum>.Expected;

    /// <summary>Parses a stored wire name, spelled exactly; anything else is a <see cref="FormatException"/>.</summary>
    public static TEnum Parse<TEnum>(string wireName)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(wireName, out var value)
            ? value
            : throw new FormatException($"'{wireName}' is not a {typeof(TEnum).Name}.");

    /// <summary>Parses a wire name spelled exactly.</summary>
    public static bool TryParse<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return wireName is not null && Table<TEnum>.Values.TryGetValue(wireName, out value);
    }

    /// <summary>Parses a wire name in any letter case (what a client sends).</summary>
    public static bool TryParseIgnoreCase<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return wireName is not null && Table<TEnum>.ValuesIgnoreCase.TryGetValue(wireName, out value);
    }

    static class Table<TEnum>
        where TEnum : struct, Enum
    {
        static readonly (string Name, TEnum Value)[] Members = [.. typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name, (TEnum)field.GetValue(null)!))];

        public static readonly FrozenDictionary<TEnum, string> Names = Members
            .DistinctBy(member => member.Value)
            .ToFrozenDictionary(member => member.Value, member => member.Name);

        public static readonly FrozenDictionary<string, TEnum> Values = Members
            .ToFrozenDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);

        public static readonly FrozenDictionary<string, TEnum> ValuesIgnoreCase = Members
            .ToFrozenDictionary(member => member.Name, member => member.Value, StringComparer.OrdinalIgnoreCase);

        public static readonly string Expected = string.Join(", ", Members.Select(member => member.Name));
    }
}
