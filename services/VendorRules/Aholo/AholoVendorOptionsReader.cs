using System.Text.Json;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>Turns the vendor options JSON into <see cref="AholoVendorOptions"/>, naming each key it cannot read. A null value is not given.</summary>
static class AholoVendorOptionsReader
{
    const string Root = "vendorOptions";

    public static AholoVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        if (vendorOptions is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return AholoVendorOptions.None;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Root, "Vendor options must be a JSON object.");
            return AholoVendorOptions.None;
        }

        var options = AholoVendorOptions.None;
        foreach (var property in json.EnumerateObject())
        {
            var value = property.Value;
            var field = $"{Root}.{property.Name}";
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            options = property.Name switch
            {
                "quality" => options with { Quality = Expect(value.ValueKind == JsonValueKind.String, field, "a string", errors) ? value.GetString() : null },
                "accessLevel" => options with { AccessLevel = Expect(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), field, "an integer", errors) ? value.GetInt32() : null },
                "uploadSog" => options with { UploadSog = Expect(IsBool(value), field, "true or false", errors) ? value.GetBoolean() : null },
                "panorama" => options with { Panorama = Expect(IsBool(value), field, "true or false", errors) ? value.GetBoolean() : null },
                "projectName" => options with { ProjectName = Expect(value.ValueKind == JsonValueKind.String, field, "a string", errors) ? value.GetString() : null },
                _ => Unknown(options, field, errors),
            };
        }

        return options;
    }

    static bool IsBool(JsonElement value) => value.ValueKind is JsonValueKind.True or JsonValueKind.False;

    static bool Expect(bool holds, string field, string expected, RequestValidationErrors errors)
    {
        if (!holds)
        {
            errors.Add(field, $"Must be {expected}.");
        }

        return holds;
    }

    static AholoVendorOptions Unknown(AholoVendorOptions options, string field, RequestValidationErrors errors)
    {
        errors.Add(field, "Aholo has no such option. Known: quality, accessLevel, uploadSog, panorama, projectName.");
        return options;
    }
}
