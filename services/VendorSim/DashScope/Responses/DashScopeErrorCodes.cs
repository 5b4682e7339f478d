namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>The error codes the simulator answers with (docs/vendors/dashscope.md §6; <c>UnsupportedOperation</c> is a guess).</summary>
public static class DashScopeErrorCodes
{
    public const string InvalidParameter = "InvalidParameter";
    public const string InvalidApiKey = "InvalidApiKey";
    public const string AccessDenied = "AccessDenied";
    public const string ModelNotFound = "ModelNotFound";
    public const string NotFound = "NotFound";
    public const string Throttling = "Throttling";
    public const string ThrottlingRateQuota = "Throttling.RateQuota";
    public const string InternalError = "InternalError";
    public const string UnsupportedOperation = "UnsupportedOperation";

    /// <summary>The code an injected HTTP status carries when the fault names none.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => InvalidParameter,
        401 => InvalidApiKey,
        403 => AccessDenied,
        404 => NotFound,
        429 => Throttling,
        _ => InternalError,
    };
}
