using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// Rules on the options: allowed values, the face-count range, and what each generate type ignores. An option
/// the vendor would silently ignore (face count on LowPoly, PBR on Geometry, polygon type off LowPoly) is
/// refused, so a client never pays for something other than what it asked for.
/// </summary>
static class HunyuanOptionRules
{
    static readonly AssetFormat[] Deliverable = [AssetFormat.Glb, AssetFormat.Obj, AssetFormat.Zip, AssetFormat.Png, AssetFormat.Jpg, AssetFormat.Webp];

    public static void Validate(GenerationRequested request, HunyuanVendorOptions options, RequestValidationErrors errors)
    {
        OneOf(options.GenerateType, HunyuanValues.GenerateTypes, "vendorOptions.generateType", errors);
        OneOf(options.PolygonType, HunyuanValues.PolygonTypes, "vendorOptions.polygonType", errors);
        Normalized(request.Options, errors);
        FaceCountRange(options.FaceCount, "vendorOptions.faceCount", errors);
        FaceCountRange(request.Options.TargetFaceCount, "options.targetFaceCount", errors);
        Contradiction(options.FaceCount, request.Options.TargetFaceCount, "vendorOptions.faceCount", "options.targetFaceCount", errors);
        Contradiction(options.PolygonType, HunyuanChoices.PolygonType(request.Options.Topology), "vendorOptions.polygonType", "options.topology", errors);
        Contradiction(options.EnablePbr, HunyuanChoices.EnablePbr(request.Options.Texture), "vendorOptions.enablePbr", "options.texture", errors);

        var generateType = HunyuanChoices.GenerateType(request, options);
        if (!HunyuanValues.GenerateTypes.Contains(generateType, StringComparer.Ordinal))
        {
            return;
        }

        KindAndType(request.Kind, generateType, errors);
        TypeIgnores(request.Options, options, generateType, errors);
    }

    static void Normalized(GenerationOptions options, RequestValidationErrors errors)
    {
        if (options.Quality is not null)
        {
            errors.Add("options.quality", "Hunyuan 3D Pro has no quality setting: options.targetFaceCount sets the detail.");
        }

        if (options.Style is not null)
        {
            errors.Add("options.style", "Hunyuan 3D Pro has no styles.");
        }

        var unsupported = options.OutputFormats.Where(x => !Deliverable.Contains(x)).Distinct().ToList();
        if (unsupported.Count > 0)
        {
            errors.Add("options.outputFormats", $"Hunyuan 3D Pro delivers glb, obj (zipped) and preview images, not {string.Join(", ", unsupported)}.");
        }
    }

    static void KindAndType(TaskKind kind, string generateType, RequestValidationErrors errors)
    {
        if (kind == TaskKind.SketchTo3d && generateType != HunyuanValues.Sketch)
        {
            errors.Add("vendorOptions.generateType", "Sketch-to-3D runs as generate type Sketch.");
        }
        else if (kind != TaskKind.SketchTo3d && generateType == HunyuanValues.Sketch)
        {
            errors.Add("vendorOptions.generateType", "Generate type Sketch is for sketch-to-3d requests.");
        }
    }

    static void TypeIgnores(GenerationOptions normalized, HunyuanVendorOptions options, string generateType, RequestValidationErrors errors)
    {
        if (generateType == HunyuanValues.LowPoly)
        {
            Refuse(options.FaceCount, "vendorOptions.faceCount", "LowPoly ignores the face count: leave it out.", errors);
            Refuse(normalized.TargetFaceCount, "options.targetFaceCount", "LowPoly ignores the face count: leave it out.", errors);
        }
        else
        {
            Refuse(options.PolygonType, "vendorOptions.polygonType", "The polygon type applies to generate type LowPoly only.", errors);
            Refuse(normalized.Topology, "options.topology", "Hunyuan applies a topology to generate type LowPoly only (vendorOptions.generateType).", errors);
        }

        if (generateType == HunyuanValues.Geometry)
        {
            Refuse(options.EnablePbr == true ? true : null, "vendorOptions.enablePbr", "Geometry makes an untextured model: PBR does not apply.", errors);
            Refuse(normalized.Texture is TextureMode.Pbr or TextureMode.Shaded ? normalized.Texture : null, "options.texture", "Geometry makes an untextured model.", errors);
        }
        else if (normalized.Texture == TextureMode.None)
        {
            errors.Add("options.texture", $"Generate type {generateType} always textures: only Geometry makes an untextured model.");
        }
    }

    static void FaceCountRange(int? faces, string field, RequestValidationErrors errors)
    {
        if (faces is { } value && value is < HunyuanValues.MinFaceCount or > HunyuanValues.MaxFaceCount)
        {
            errors.Add(field, $"The face count is {HunyuanValues.MinFaceCount:N0} to {HunyuanValues.MaxFaceCount:N0}.");
        }
    }

    static void Contradiction<T>(T? vendorValue, T? normalizedValue, string field, string normalizedField, RequestValidationErrors errors)
    {
        if (vendorValue is not null && normalizedValue is not null && !EqualityComparer<T>.Default.Equals(vendorValue, normalizedValue))
        {
            errors.Add(field, $"Contradicts {normalizedField}.");
        }
    }

    static void Refuse(object? value, string field, string message, RequestValidationErrors errors)
    {
        if (value is not null)
        {
            errors.Add(field, message);
        }
    }

    static void OneOf(string? value, IReadOnlyList<string> allowed, string field, RequestValidationErrors errors)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(field, $"'{value}' is not one of {string.Join(", ", allowed)} (case-sensitive).");
        }
    }
}
