using System.Text.Json;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// Hunyuan 3D Pro's own options, read from <c>GenerationRequested.VendorOptions</c> (camelCase keys, vendor
/// spellings for values). A null property was not given. Checked by <see cref="HunyuanRequestRules"/>.
/// </summary>
public sealed record HunyuanVendorOptions
{
    public static HunyuanVendorOptions None { get; } = new();

    /// <summary><c>generate_type</c>: Normal, LowPoly, Geometry or Sketch.</summary>
    public string? GenerateType { get; init; }

    /// <summary><c>polygon_type</c>: triangle or quadrilateral; LowPoly only.</summary>
    public string? PolygonType { get; init; }

    /// <summary><c>enable_pbr</c>; not with Geometry.</summary>
    public bool? EnablePbr { get; init; }

    /// <summary><c>face_count</c>, 3,000 to 1,500,000; not with LowPoly.</summary>
    public int? FaceCount { get; init; }

    /// <summary><c>image_base64</c>: the main image as raw base64 (no <c>data:</c> prefix), instead of an image URL.</summary>
    public string? ImageBase64 { get; init; }

    /// <summary>Reads the options; a key that is unknown or of the wrong JSON type adds an error under <c>vendorOptions.&lt;key&gt;</c>.</summary>
    public static HunyuanVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        return VendorOptionsReader.Read(vendorOptions, None, "Hunyuan 3D Pro", errors);
    }
}
