namespace GenerationGateway.VendorSim.Rodin.Responses;

public sealed record RodinDownloadItem(Uri Url, string Name);
