using System.Reflection;
using System.Text.Json.Serialization;

namespace GenerationGateway.ServiceDefaults;

/// <summary>The wire spellings of a contract enumeration (its <see cref="JsonStringEnumMemberNameAttribute"/>s), for metric tags.</summary>
internal static class ContractNames<TEnum>
    where TEnum : struct, Enum
{
    static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(
        value => value,
        value => typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString());

    public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
}
