namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>What an image's header says: its format and its size in pixels.</summary>
public sealed record HunyuanImageInfo(HunyuanImageFormat Format, int Width, int Height);
