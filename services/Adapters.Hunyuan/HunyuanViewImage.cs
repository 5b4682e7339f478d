namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>One entry of <c>multi_view_images</c>: a view type (<see cref="VendorRules.Hunyuan.HunyuanValues.ViewTypes"/>) and the image's URL.</summary>
public sealed record HunyuanViewImage(string ViewType, string Url);
