namespace GenerationGateway.VendorSim.Aholo.Faults;

/// <summary>The simulator endpoints a request fault can target, as written in a fault's <c>endpoint</c>.</summary>
public static class AholoFaultEndpoints
{
    public const string Token = "token";
    public const string CreateReconstruction = "create-3d-recon";
    public const string CreateGeneration = "create-3d-gen";
    public const string TaskList = "task-list";
    public const string ProjectInfo = "project-info";
    public const string SingleUpload = "single-upload";
    public const string BlockInit = "block-init";
    public const string BlockPart = "block-part";
    public const string UploadStatus = "upload-status";
    public const string Files = "files";

    public static IReadOnlyList<string> All { get; } =
        [Token, CreateReconstruction, CreateGeneration, TaskList, ProjectInfo, SingleUpload, BlockInit, BlockPart, UploadStatus, Files];
}
