using System.Collections.Frozen;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.DashScope;

/// <summary>
/// DashScope <c>motionshop-gen3d</c>'s rules for a request (seed 002, docs/vendors/dashscope.md §2): a 3D character from
/// exactly one photo of a person, given by http(s) URL. The model takes nothing else, so every other input
/// or option is refused rather than silently dropped.
/// </summary>
public sealed class DashScopeRequestRules : IVendorRequestRules
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "dashscope-gen3d";

    /// <summary>The model name DashScope knows the service by.</summary>
    public const string Model = "motionshop-gen3d";

    public string Vendor => Key;

    public string SchemaName => "DashScopeGen3d";

    public Type? VendorOptionsType => null;

    public IReadOnlySet<TaskKind> SupportedKinds { get; } = new[] { TaskKind.CharacterFromPhoto }.ToFrozenSet();

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        if (!SupportedKinds.Contains(request.Kind))
        {
            errors.Add("kind", $"{Model} only makes a character from a photo (character-from-photo).");
            return;
        }

        DashScopeInputRules.Validate(request.Inputs, errors);
        DashScopeOptionRules.Validate(request.Options, errors);
        DashScopeOptionRules.ValidateVendorOptions(request.VendorOptions, errors);
    }
}
