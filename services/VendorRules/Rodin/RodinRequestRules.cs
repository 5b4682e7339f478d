using System.Collections.Frozen;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>Hyper3D Rodin's rules for a request (VENDORS.md §4.2): inputs, vendor options, and how the normalized options map.</summary>
public sealed class RodinRequestRules : IVendorRequestRules
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "rodin";

    public string Vendor => Key;

    public string SchemaName => "Rodin";

    public Type? VendorOptionsType => typeof(RodinVendorOptions);

    public IReadOnlySet<TaskKind> SupportedKinds { get; } =
        new[] { TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.MultiViewTo3d, TaskKind.SketchTo3d }.ToFrozenSet();

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        if (!SupportedKinds.Contains(request.Kind))
        {
            errors.Add("kind", $"Rodin does not do {request.Kind}.");
            return;
        }

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
