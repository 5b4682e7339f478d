namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary><c>d</c> of <c>upload/status</c>: url, uploadKey and md5 only at status 5; errorCode and errorMsg at 6 or 8.</summary>
public sealed record AholoUploadStatusData(
    int Status, string TaskId, int ProgressPercent, string? Url, string? UploadKey, string? Md5, string? ObsTaskId, string? ErrorCode, string? ErrorMsg);
