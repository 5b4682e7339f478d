namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>The simulator's non-zero <c>ret</c> values. The real codes are not published: these are guesses (docs/vendors/portrait.md §3).</summary>
public static class PortraitRetCodes
{
    public const int Ok = 0;

    /// <summary>A missing or malformed parameter (img_set size, unknown upload path, unknown style...).</summary>
    public const int InvalidParameter = 1;

    /// <summary>No such task_id or user_id.</summary>
    public const int NotFound = 2;

    /// <summary>The user model is not trained (yet, or its training failed).</summary>
    public const int ModelNotReady = 3;
}
