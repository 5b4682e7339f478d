using Refit;

namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>
/// Rodin's paid generate (docs/vendors/rodin.md §3): a multipart form of the <c>images</c> file parts, then the fields in the
/// order the vendor's examples send them; a null field is not sent. Its client has no retry: a generate is never sent twice.
/// </summary>
[Headers("Accept: application/json")]
interface IRodinApi
{
    /// <summary><c>POST rodin</c>.</summary>
    [Multipart]
    [Post("/rodin")]
#pragma warning disable CA1054 // the form's field names, as the vendor spells them
    Task<HttpResponseMessage> GenerateAsync(
        [AliasAs("images")] IEnumerable<ByteArrayPart> images,
        [AliasAs("tier")] string? tier,
        [AliasAs("prompt")] string? prompt,
        [AliasAs("seed")] string? seed,
        [AliasAs("geometry_file_format")] string? geometryFileFormat,
        [AliasAs("material")] string? material,
        [AliasAs("quality")] string? quality,
        [AliasAs("quality_override")] string? qualityOverride,
        [AliasAs("mesh_mode")] string? meshMode,
        [AliasAs("mesh_simplify")] string? meshSimplify,
        [AliasAs("mesh_smooth")] string? meshSmooth,
        [AliasAs("TAPose")] string? taPose,
        [AliasAs("bbox_condition")] string? bboxCondition,
        [AliasAs("addons")] IEnumerable<string> addons,
        [AliasAs("preview_render")] string? previewRender,
        [AliasAs("use_original_alpha")] string? useOriginalAlpha,
        [AliasAs("hd_texture")] string? hdTexture,
        [AliasAs("texture_delight")] string? textureDelight,
        [AliasAs("texture_mode")] string? textureMode,
        [AliasAs("geometry_instruct_mode")] string? geometryInstructMode,
        [AliasAs("is_micro")] string? isMicro,
        [AliasAs("condition_mode")] string? conditionMode,
        [AliasAs("image_label")] IEnumerable<string> imageLabels,
        [Authorize("Bearer")] string apiKey,
        CancellationToken cancellationToken);
#pragma warning restore CA1054
}
