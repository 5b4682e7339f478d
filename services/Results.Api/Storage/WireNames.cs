using System.Text.Json;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>Enums are stored under their wire names (the contracts' JSON names), never their ordinals.</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonSerializer.SerializeToElement(value).GetString()!;

    public static string? OfNullable<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? Of(known) : null;

    public static TEnum Parse<TEnum>(string wireName)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(wireName, out var value)
            ? value
            : throw new FormatException($"'{wireName}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(wireName))
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(wireName));
            return Of(value) == wireName;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
