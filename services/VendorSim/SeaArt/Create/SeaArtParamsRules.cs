using System.Text.Json;

namespace GenerationGateway.VendorSim.SeaArt.Create;

/// <summary>The seed's parameter rules, checked on <c>input[0].params</c>; the first broken one is the answer.</summary>
public static class SeaArtParamsRules
{
    private const int MaxPromptCharacters = 1024;
    private const long MaxImageBytes = 8L * 1024 * 1024;

    public static string? Check(JsonElement parameters, out string generateType, out int multiViewCount)
    {
        generateType = "Normal";
        multiViewCount = 0;
        if (parameters.TryGetProperty("model", out _))
        {
            return "model is not accepted in params: the gateway always uses Hunyuan 3D Pro 3.1.";
        }

        if (parameters.TryGetProperty("result_format", out _))
        {
            return "result_format is not supported by tencent_hunyuan_3d_pro.";
        }

        if (String(parameters, "generate_type", out var type) is { } typeError)
        {
            return typeError;
        }

        generateType = type ?? "Normal";
        if (!SeaArtCreateParser.AllowedGenerateTypes.Contains(generateType))
        {
            return $"generate_type must be one of {string.Join(", ", SeaArtCreateParser.AllowedGenerateTypes)}.";
        }

        return Sources(parameters, generateType)
            ?? Options(parameters)
            ?? MultiView(parameters, generateType, out multiViewCount);
    }

    private static string? Sources(JsonElement parameters, string generateType)
    {
        var errors = new[]
        {
            String(parameters, "prompt", out var prompt), String(parameters, "image_url", out var url), String(parameters, "image_base64", out var base64),
        };
        if (Array.Find(errors, x => x is not null) is { } error)
        {
            return error;
        }

        if (prompt is not null && prompt.EnumerateRunes().Count() > MaxPromptCharacters)
        {
            return $"prompt must be at most {MaxPromptCharacters} characters.";
        }

        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return "image_url must be an absolute http(s) URL.";
        }

        if (base64 is not null && Image(base64, ["jpg", "png", "webp"]) is { } imageError)
        {
            return "image_base64: " + imageError;
        }

        var images = (url is null ? 0 : 1) + (base64 is null ? 0 : 1);
        if (generateType == "Sketch")
        {
            return prompt is not null && images == 1 ? null : "Sketch needs prompt together with one of image_url and image_base64.";
        }

        return (prompt is null ? 0 : 1) + images == 1 ? null : "prompt, image_url and image_base64: give exactly one.";
    }

    private static string? Options(JsonElement parameters)
    {
        if (parameters.TryGetProperty("face_count", out var faces)
            && !(faces.ValueKind == JsonValueKind.Number && faces.TryGetInt32(out var count) && count is >= 3_000 and <= 1_500_000))
        {
            return "face_count must be an integer from 3000 to 1500000.";
        }

        if (String(parameters, "polygon_type", out var polygon) is { } error)
        {
            return error;
        }

        if (polygon is not null && !SeaArtCreateParser.AllowedPolygonTypes.Contains(polygon))
        {
            return "polygon_type must be triangle or quadrilateral.";
        }

        return parameters.TryGetProperty("enable_pbr", out var pbr) && pbr.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            ? "enable_pbr must be true or false."
            : null;
    }

    private static string? MultiView(JsonElement parameters, string generateType, out int count)
    {
        count = 0;
        if (!parameters.TryGetProperty("multi_view_images", out var views) || views.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (generateType == "Sketch")
        {
            return "multi_view_images is not supported with generate_type Sketch.";
        }

        if (views.ValueKind != JsonValueKind.Array)
        {
            return "multi_view_images must be an array.";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in views.EnumerateArray())
        {
            var type = view.ValueKind == JsonValueKind.Object && view.TryGetProperty("ViewType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : null;
            if (type is null || !SeaArtCreateParser.AllowedViewTypes.Contains(type))
            {
                return $"multi_view_images[].ViewType must be one of {string.Join(", ", SeaArtCreateParser.AllowedViewTypes)}.";
            }

            if (!seen.Add(type))
            {
                return $"multi_view_images: one image per view ({type} is repeated).";
            }

            var hasUrl = view.TryGetProperty("ViewImageUrl", out var viewUrl) && viewUrl.ValueKind == JsonValueKind.String;
            var hasBase64 = view.TryGetProperty("ViewImageBase64", out var viewBase64) && viewBase64.ValueKind == JsonValueKind.String;
            if (hasUrl == hasBase64)
            {
                return "multi_view_images[]: give exactly one of ViewImageUrl and ViewImageBase64.";
            }

            if (hasBase64 && Image(viewBase64.GetString()!, ["jpg", "png"]) is { } imageError)
            {
                return $"multi_view_images[{type}]: {imageError}";
            }
        }

        count = seen.Count;
        return null;
    }

    private static string? Image(string base64, string[] formats)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return "not valid base64.";
        }

        if (bytes.Length > MaxImageBytes)
        {
            return "larger than 8 MB.";
        }

        return SeaArtImageHeader.Read(bytes) switch
        {
            null => $"not a {string.Join("/", formats)} image.",
            var (format, _, _) when !formats.Contains(format) => $"{format} is not accepted; give {string.Join("/", formats)}.",
            var (_, width, height) when width is < 128 or > 5000 || height is < 128 or > 5000 => $"{width}x{height} px; each side must be 128 to 5000 px.",
            _ => null,
        };
    }

    private static string? String(JsonElement parameters, string name, out string? value)
    {
        value = null;
        if (!parameters.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return $"{name} must be a string.";
        }

        value = element.GetString();
        return null;
    }
}
