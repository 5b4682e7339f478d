namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>An input image by URL and where it sits in the request (<c>inputs.images[Index]</c>); no view type for the main image.</summary>
public sealed record HunyuanImageSlot(int Index, string Url, string? ViewType)
{
    public bool IsView => ViewType is not null;

    public string Field => $"inputs.images[{Index}]";
}
