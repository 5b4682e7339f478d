using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>Aholo's JSON: camelCase names; numbers may come quoted.</summary>
static class AholoJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>A JSON value as text: strings as they are, numbers and others as written; null for null or absent.</summary>
    public static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } other => other.GetRawText(),
    };
}
