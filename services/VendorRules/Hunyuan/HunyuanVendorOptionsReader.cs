using System.Text.Json;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>Turns the vendor options JSON into <see cref="HunyuanVendorOptions"/>, naming each key it cannot read.</summary>
static class HunyuanVendorOptionsReader
{
    const string Root = "vendorOptions";

    public static HunyuanVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        if (vendorOptions is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return HunyuanVendorOptions.None;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Root, "Vendor options must be a JSON object.");
            return HunyuanVendorOptions.None;
        }

        var options = HunyuanVendorOptions.None;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{Root}.{property.Name}";
            var value = property.Value;
            options = property.Name switch
            {
                "generateType" => options with { GenerateType = String(value, field, errors) },
                "polygonType" => options with { PolygonType = String(value, field, errors) },
                "enablePbr" => options with { EnablePbr = Bool(value, field, errors) },
                "faceCount" => options with { FaceCount = Int(value, field, errors) },
                "imageBase64" => options with { ImageBase64 = String(value, field, errors) },
                _ => Unknown(options, field, errors),
            };
        }

        return options;
    }

    static string? String(JsonElement value, string field, RequestValidationErrors errors) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => Fail(field, "a string", errors, (string?)null),
    };

    static bool? Bool(JsonElement value, string field, RequestValidationErrors errors) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
        _ => Fail(field, "true or false", errors, (bool?)null),
    };

    static int? Int(JsonElement value, string field, RequestValidationErrors errors) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        _ => Fail(field, "an integer", errors, (int?)null),
    };

    static HunyuanVendorOptions Unknown(HunyuanVendorOptions options, string field, RequestValidationErrors errors)
    {
        errors.Add(field, "Hunyuan 3D Pro has no such option (known: generateType, polygonType, enablePbr, faceCount, imageBase64).");
        return options;
    }

    static T Fail<T>(string field, string expected, RequestValidationErrors errors, T fallback)
    {
        errors.Add(field, $"Must be {expected}.");
        return fallback;
    }
}
