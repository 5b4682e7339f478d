namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary>
/// The simulator's <c>c</c> codes. Only "0" (success), 12 (upload token problem) and 11003 (credits) come from
/// public material; Kujiale's list is not published, so the others are the simulator's own, and the adapter
/// maps exactly these (services/Adapters.Aholo/VendorApi/AholoErrors.cs).
/// </summary>
public static class AholoCodes
{
    public const string Success = "0";

    /// <summary>Upload token unknown, expired, already used, or no upload bound to it yet.</summary>
    public const string TokenProblem = "12";

    /// <summary>appkey unknown, sign wrong, or an auth parameter missing.</summary>
    public const string AuthFailed = "1001";

    /// <summary>timestamp outside the allowed clock skew (or not in milliseconds).</summary>
    public const string TimestampRejected = "1002";

    /// <summary>A parameter is missing or wrong; <c>m</c> names it.</summary>
    public const string InvalidParameter = "2001";

    /// <summary>No such project.</summary>
    public const string ProjectNotFound = "2004";

    /// <summary>Insufficient credits (the newer gateway's bizCode, docs/vendors/aholo.md §9).</summary>
    public const string InsufficientCredits = "11003";

    /// <summary>Internal error.</summary>
    public const string InternalError = "5000";
}
