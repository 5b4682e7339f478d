using System.Text.Json;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>Turns the vendor options JSON into <see cref="RodinVendorOptions"/>, naming each key it cannot read. A null value is not given.</summary>
static class RodinVendorOptionsReader
{
    const string Root = "vendorOptions";

    public static RodinVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        if (vendorOptions is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return RodinVendorOptions.None;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Root, "Vendor options must be a JSON object.");
            return RodinVendorOptions.None;
        }

        var options = RodinVendorOptions.None;
        foreach (var property in json.EnumerateObject())
        {
            var value = new JsonValue(property.Value, $"{Root}.{property.Name}", errors);
            options = property.Name switch
            {
                "tier" => options with { Tier = value.String() },
                "seed" => options with { Seed = value.Int() },
                "geometryFileFormat" => options with { GeometryFileFormat = value.String() },
                "material" => options with { Material = value.String() },
                "quality" => options with { Quality = value.String() },
                "qualityOverride" => options with { QualityOverride = value.Int() },
                "meshMode" => options with { MeshMode = value.String() },
                "meshSimplify" => options with { MeshSimplify = value.Bool() },
                "meshSmooth" => options with { MeshSmooth = value.Bool() },
                "taPose" => options with { TaPose = value.Bool() },
                "bboxCondition" => options with { BboxCondition = value.IntArray() },
                "addons" => options with { Addons = value.StringArray() },
                "previewRender" => options with { PreviewRender = value.Bool() },
                "useOriginalAlpha" => options with { UseOriginalAlpha = value.Bool() },
                "hdTexture" => options with { HdTexture = value.Bool() },
                "textureDelight" => options with { TextureDelight = value.Bool() },
                "textureMode" => options with { TextureMode = value.String() },
                "geometryInstructMode" => options with { GeometryInstructMode = value.String() },
                "isMicro" => options with { IsMicro = value.Bool() },
                "conditionMode" => options with { ConditionMode = value.String() },
                "imageLabels" => options with { ImageLabels = value.StringArray() },
                _ => value.Unknown(options),
            };
        }

        return options;
    }

    readonly record struct JsonValue(JsonElement Element, string Field, RequestValidationErrors Errors)
    {
        public string? String()
        {
            if (Element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (Element.ValueKind == JsonValueKind.String)
            {
                return Element.GetString();
            }

            Fail("a string");
            return null;
        }

        public int? Int()
        {
            if (Element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var number))
            {
                return number;
            }

            Fail("an integer");
            return null;
        }

        public bool? Bool()
        {
            if (Element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (Element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return Element.GetBoolean();
            }

            Fail("true or false");
            return null;
        }

        public int[]? IntArray()
        {
            if (Element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (Element.ValueKind == JsonValueKind.Array && Element.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Number && x.TryGetInt32(out _)))
            {
                return Element.EnumerateArray().Select(x => x.GetInt32()).ToArray();
            }

            Fail("an array of integers");
            return null;
        }

        public string[]? StringArray()
        {
            if (Element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (Element.ValueKind == JsonValueKind.Array && Element.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
            {
                return Element.EnumerateArray().Select(x => x.GetString()!).ToArray();
            }

            Fail("an array of strings");
            return null;
        }

        public RodinVendorOptions Unknown(RodinVendorOptions options)
        {
            Errors.Add(Field, "Rodin has no such option.");
            return options;
        }

        void Fail(string expected) => Errors.Add(Field, $"Must be {expected}.");
    }
}
