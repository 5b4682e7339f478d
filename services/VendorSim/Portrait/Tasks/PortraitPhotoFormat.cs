namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>The file format a style's photos come in.</summary>
public enum PortraitPhotoFormat
{
    Png,
    Jpeg,
}
