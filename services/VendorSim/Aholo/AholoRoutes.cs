namespace GenerationGateway.VendorSim.Aholo;

/// <summary>
/// Where the Aholo simulator lives. <c>{sim}/aholo</c> stands for both vendor hosts: the open platform
/// (<c>https://openapi.kujiale.com/v2/aholo</c> → <see cref="ApiBase"/>) and the upload host the token names
/// (<c>https://{globalDomain}/ous/api/v2</c> → <see cref="OusBase"/>).
/// </summary>
public static class AholoRoutes
{
    public const string Prefix = "/aholo";

    public const string ApiBase = Prefix + "/v2/aholo";
    public const string UploadToken = "/upload/token";
    public const string CreateReconstruction = "/project/create-3d-recon";
    public const string CreateGeneration = "/project/create-3d-gen";
    public const string TaskListByIds = "/project/task/list/by-ids";
    public const string ProjectInfo = "/project/info";

    /// <summary>The upload host's origin as the token answer's <c>globalDomain</c> gives it (unless configured).</summary>
    public const string UploadHost = Prefix;
    public const string OusBase = UploadHost + "/ous/api/v2";
    public const string SingleUpload = "/single/upload";
    public const string BlockInit = "/block/upload/init";
    public const string BlockPart = "/block/upload/part";
    public const string BlockAbort = "/block/upload/abort";
    public const string UploadStatus = "/upload/status";

    /// <summary>The file host behind uploaded-file and result URLs.</summary>
    public const string Files = Prefix + "/files";

    /// <summary>Sample capture files (PNG views, an MP4 stub) to feed the gateway in demos and end-to-end tests.</summary>
    public const string Samples = Prefix + "/samples";

    public const string Control = "/_sim/aholo";

    /// <summary>The header the upload host reads the token from.</summary>
    public const string TokenHeader = "ous-token-v2";
}
