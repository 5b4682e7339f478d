using System.Text.Json;

namespace GenerationGateway.VendorSim.SeaArt.Create;

/// <summary>
/// Checks a create body against the seed's rules for <c>tencent_hunyuan_3d_pro</c> and answers the first broken
/// one. Like the vendor, it ignores what a generate type does not use (face_count on LowPoly, enable_pbr on Geometry,
/// polygon_type off LowPoly) and unknown params, but refuses <c>model</c> and <c>result_format</c> inside params.
/// </summary>
public static class SeaArtCreateParser
{
    public const string Model = "tencent_hunyuan_3d_pro";

    private static readonly string[] GenerateTypes = ["Normal", "LowPoly", "Geometry", "Sketch"];
    private static readonly string[] PolygonTypes = ["triangle", "quadrilateral"];
    private static readonly string[] ViewTypes = ["left", "right", "back", "top", "bottom", "left_front", "right_front"];

    public static (SeaArtCreateRequest? Request, string? Error) Parse(JsonElement body, string? modelHeader)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object.");
        }

        var model = body.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (model is not null && modelHeader is not null && model != modelHeader)
        {
            return (null, $"model '{model}' and X-Model '{modelHeader}' differ.");
        }

        model ??= modelHeader;
        if (model != Model)
        {
            return (null, model is null ? "model is required (in the body or the X-Model header)." : $"Unknown model '{model}'.");
        }

        if (!body.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Array || input.GetArrayLength() == 0
            || input[0].ValueKind != JsonValueKind.Object || !input[0].TryGetProperty("params", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            return (null, "input[0].params is required.");
        }

        var error = SeaArtParamsRules.Check(parameters, out var generateType, out var views);
        return error is null ? (new SeaArtCreateRequest(model, generateType, views), null) : (null, error);
    }

    internal static IReadOnlyList<string> AllowedGenerateTypes => GenerateTypes;

    internal static IReadOnlyList<string> AllowedPolygonTypes => PolygonTypes;

    internal static IReadOnlyList<string> AllowedViewTypes => ViewTypes;
}
