using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>Hyper3D Rodin's rules for a request (docs/vendors/rodin.md §2): inputs, vendor options, and how the normalized options map.</summary>
public sealed class RodinRequestRules() : VendorRequestRules(Key, "Rodin", typeof(RodinVendorOptions),
    TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.MultiViewTo3d, TaskKind.SketchTo3d)
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "rodin";

    protected override string UnsupportedKind(TaskKind kind) => $"Rodin does not do {kind}.";

    protected override void ValidateSupported(GenerationRequested request, RequestValidationErrors errors)
    {
        RodinInputRules.Validate(request, errors);
        RodinValueRules.Validate(request.Options, errors);

        var options = RodinVendorOptions.Read(request.VendorOptions, errors);
        RodinValueRules.Validate(options, errors);

        if (options.Tier is null || RodinTiers.IsKnown(options.Tier))
        {
            RodinTierRules.Validate(request, options, errors);
        }
    }
}
