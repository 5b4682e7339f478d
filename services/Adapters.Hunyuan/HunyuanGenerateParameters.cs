namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// Exactly what one create call puts in <c>input[0].params</c>. A null field is not sent: face_count is null
/// for LowPoly, polygon_type is null except for LowPoly, enable_pbr is null for Geometry.
/// </summary>
public sealed record HunyuanGenerateParameters
{
    public required string GenerateType { get; init; }

    public string? Prompt { get; init; }

    public string? ImageUrl { get; init; }

    public string? ImageBase64 { get; init; }

    public int? FaceCount { get; init; }

    public string? PolygonType { get; init; }

    public bool? EnablePbr { get; init; }

    public IReadOnlyList<HunyuanViewImage> MultiViewImages { get; init; } = [];
}
