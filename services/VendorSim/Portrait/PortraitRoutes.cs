namespace GenerationGateway.VendorSim.Portrait;

/// <summary>
/// Where the portrait simulator lives. The vendor's host (unknown; docs/vendors/portrait.md §1) maps to <see cref="Prefix"/>,
/// so its <c>/cloud/...</c> API is under <see cref="ApiBase"/>.
/// </summary>
public static class PortraitRoutes
{
    public const string Prefix = "/portrait";
    public const string ApiBase = Prefix + "/cloud";
    public const string UploadFile = "/upload_file";
    public const string UserModelCreate = "/aigc_user_model_create";
    public const string TaskQuery = "/aigc_task_query";
    public const string ProductBriefQuery = "/aigc_product_brief_query";
    public const string TaskCreate = "/aigc_task_create";
    public const string Files = Prefix + "/files";
    public const string Templates = Prefix + "/templates";
    public const string Control = "/_sim/portrait";
}
