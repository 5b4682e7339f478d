using System.Text.Json.Nodes;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>
/// The create envelope as SeaArt's CLI sends it (docs/vendors/hunyuan.md §4): <c>{"model", "input":[{"params":{…}}]}</c>.
/// The model id is in the envelope, never in <c>params</c> (seed 001); a null parameter is left out.
/// </summary>
static class SeaArtCreateRequest
{
    public static JsonObject Build(HunyuanGenerateParameters parameters)
    {
        var values = new JsonObject { ["generate_type"] = parameters.GenerateType };
        Add(values, "prompt", parameters.Prompt);
        Add(values, "image_url", parameters.ImageUrl);
        Add(values, "image_base64", parameters.ImageBase64);
        Add(values, "face_count", parameters.FaceCount);
        Add(values, "polygon_type", parameters.PolygonType);
        Add(values, "enable_pbr", parameters.EnablePbr);
        if (parameters.MultiViewImages.Count > 0)
        {
            values["multi_view_images"] = new JsonArray([.. parameters.MultiViewImages.Select(x =>
                (JsonNode)new JsonObject { ["ViewType"] = x.ViewType, ["ViewImageUrl"] = x.Url })]);
        }

        return new JsonObject
        {
            ["model"] = HunyuanValues.Model,
            ["input"] = new JsonArray(new JsonObject { ["params"] = values }),
        };
    }

    static void Add(JsonObject values, string name, JsonNode? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }
}
