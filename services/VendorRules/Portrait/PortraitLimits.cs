namespace GenerationGateway.VendorRules.Portrait;

/// <summary>The portrait API's limits (seed 004, docs/vendors/portrait.md §3) and the gateway's own bounds on its fields.</summary>
public static class PortraitLimits
{
    /// <summary>Fewest training photos <c>aigc_user_model_create</c> takes.</summary>
    public const int MinTrainingImages = 8;

    /// <summary>Most training photos <c>aigc_user_model_create</c> takes.</summary>
    public const int MaxTrainingImages = 20;

    public const int MaxSubjectReferenceLength = 200;

    public const int MaxStyleLength = 100;
}
