namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// One downloadable resource of a completed task (<c>output[].content[]</c>). <see cref="Format"/> is the real
/// format; <see cref="Type"/> is the gateway's label and may say glb for an obj (seed 001), so it is never trusted.
/// </summary>
public sealed record HunyuanContent(string? Type, string? Format, Uri Url, Uri? PreviewUrl, string? JobId);
