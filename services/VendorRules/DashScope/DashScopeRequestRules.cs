using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.DashScope;

/// <summary>
/// DashScope <c>motionshop-gen3d</c>'s rules for a request (seed 002, docs/vendors/dashscope.md §2): a 3D character from
/// exactly one photo of a person, given by http(s) URL. The model takes nothing else, so every other input
/// or option is refused rather than silently dropped.
/// </summary>
public sealed class DashScopeRequestRules() : VendorRequestRules(Key, "DashScopeGen3d", vendorOptionsType: null, TaskKind.CharacterFromPhoto)
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "dashscope-gen3d";

    /// <summary>The model name DashScope knows the service by.</summary>
    public const string Model = "motionshop-gen3d";

    protected override string UnsupportedKind(TaskKind kind) => $"{Model} only makes a character from a photo (character-from-photo).";

    protected override void ValidateSupported(GenerationRequested request, RequestValidationErrors errors)
    {
        DashScopeInputRules.Validate(request.Inputs, errors);
        DashScopeOptionRules.Validate(request.Options, errors);
        DashScopeOptionRules.ValidateVendorOptions(request.VendorOptions, errors);
    }
}
