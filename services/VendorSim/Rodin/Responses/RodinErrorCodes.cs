namespace GenerationGateway.VendorSim.Rodin.Responses;

/// <summary>Values of Rodin's <c>error</c> field (docs/vendors/rodin.md §2).</summary>
public static class RodinErrorCodes
{
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string InsufficientFund = "INSUFFICIENT_FUND";
    public const string UserNotFound = "USER_NOT_FOUND";
    public const string Unknown = "UNKNOWN";
    public const string TooManyRequests = "TOO_MANY_REQUESTS";
}
