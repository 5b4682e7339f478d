namespace GenerationGateway.VendorSim.Downloads;

public enum DownloadTokenStatus
{
    Valid,
    Invalid,
    Expired,
}
