namespace GenerationGateway.Adapters.DashScope;

/// <summary>The body of a <c>motionshop-gen3d</c> submit: <c>{"model":"motionshop-gen3d","input":{"image_url":…}}</c>.</summary>
public sealed record DashScopeGen3dParameters
{
    /// <summary>The photo of a person; DashScope downloads it, so it must be publicly reachable over HTTP(S).</summary>
    public required Uri ImageUrl { get; init; }
}
