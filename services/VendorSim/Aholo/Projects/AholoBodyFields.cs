using System.Text.Json;

namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>Typed reads of a JSON object's fields; each failure records the first error, naming the field.</summary>
public sealed class AholoBodyFields(JsonElement body)
{
    public string? Error { get; private set; }

    public bool IsObject => body.ValueKind == JsonValueKind.Object;

    public string? Text(string name, bool required = false, string? prefix = null) =>
        Read(name, required, prefix, JsonValueKind.String, "a string", e => e.GetString());

    public bool? Flag(string name, string? prefix = null)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail($"{prefix}{name} must be true or false.");
        return null;
    }

    public int? WholeNumber(string name, bool required = false, string? prefix = null) =>
        Read(name, required, prefix, JsonValueKind.Number, "an integer", e => e.TryGetInt32(out var n) ? n : (int?)null);

    public double? Amount(string name, string? prefix = null) =>
        Read(name, false, prefix, JsonValueKind.Number, "a number", e => (double?)e.GetDouble());

    public JsonElement? List(string name, bool required = false) =>
        Read(name, required, null, JsonValueKind.Array, "an array", e => (JsonElement?)e);

    public JsonElement? Nested(string name, string? prefix = null) =>
        Read(name, false, prefix, JsonValueKind.Object, "an object", e => (JsonElement?)e);

    public void Fail(string message) => Error ??= message;

    private T? Read<T>(string name, bool required, string? prefix, JsonValueKind kind, string expected, Func<JsonElement, T?> read)
    {
        if (!TryGet(name, out var value))
        {
            if (required)
            {
                Fail($"{prefix}{name} is required.");
            }

            return default;
        }

        var result = value.ValueKind == kind ? read(value) : default;
        if (result is null)
        {
            Fail($"{prefix}{name} must be {expected}.");
        }

        return result;
    }

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty(name, out value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
    }
}
