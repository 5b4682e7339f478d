using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.DashScope;

/// <summary><c>motionshop-gen3d</c> has no parameters: it always makes one PLY character, so no option can be honoured.</summary>
static class DashScopeOptionRules
{
    public static void Validate(GenerationOptions options, RequestValidationErrors errors)
    {
        NotSet(options.Quality is not null, "options.quality", "a quality setting", errors);
        NotSet(options.TargetFaceCount is not null, "options.targetFaceCount", "a face count (it makes a point cloud)", errors);
        NotSet(options.Texture is not null, "options.texture", "a texture setting", errors);
        NotSet(options.Topology is not null, "options.topology", "a topology setting", errors);
        NotSet(options.Style is not null, "options.style", "styles", errors);

        if (options.OutputFormats.Any(format => format != AssetFormat.Ply))
        {
            errors.Add("options.outputFormats", $"{DashScopeRequestRules.Model} delivers one PLY file: ask for ply or for nothing.");
        }
    }

    public static void ValidateVendorOptions(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        if (vendorOptions is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add("vendorOptions", "Vendor options must be a JSON object.");
            return;
        }

        foreach (var property in json.EnumerateObject())
        {
            errors.Add($"vendorOptions.{property.Name}", $"{DashScopeRequestRules.Model} has no options.");
        }
    }

    static void NotSet(bool isSet, string field, string what, RequestValidationErrors errors)
    {
        if (isSet)
        {
            errors.Add(field, $"{DashScopeRequestRules.Model} has no {what}.");
        }
    }
}
