namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>The image formats Hunyuan 3D Pro reads; any other image is refused before it reaches the vendor.</summary>
public enum HunyuanImageFormat
{
    Jpeg,
    Png,
    Webp,
}
