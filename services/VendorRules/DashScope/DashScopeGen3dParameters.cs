namespace GenerationGateway.VendorRules.DashScope;

/// <summary>The body of a <c>motionshop-gen3d</c> submit: <c>{"model":"motionshop-gen3d","input":{"image_url":…}}</c>.</summary>
public sealed record DashScopeGen3dParameters
{
    /// <summary>The model name DashScope knows the service by.</summary>
    public const string Model = "motionshop-gen3d";

    /// <summary>The photo of a person; DashScope downloads it, so it must be publicly reachable over HTTP(S).</summary>
    public required Uri ImageUrl { get; init; }
}
