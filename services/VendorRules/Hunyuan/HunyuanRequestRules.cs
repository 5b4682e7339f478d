using System.Collections.Frozen;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// Tencent Hunyuan 3D Pro through the SeaArt gateway (seed 001, VENDORS.md §2): its rules for a request,
/// checked at intake and again by the adapter before the paid submit.
/// </summary>
public sealed class HunyuanRequestRules : IVendorRequestRules
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "hunyuan3d-pro";

    public string Vendor => Key;

    public string SchemaName => "Hunyuan3dPro";

    public Type? VendorOptionsType => typeof(HunyuanVendorOptions);

    public IReadOnlySet<TaskKind> SupportedKinds { get; } =
        new[] { TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.MultiViewTo3d, TaskKind.SketchTo3d }.ToFrozenSet();

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        if (!SupportedKinds.Contains(request.Kind))
        {
            errors.Add("kind", $"Hunyuan 3D Pro does not do {request.Kind}.");
            return;
        }

        var options = HunyuanVendorOptions.Read(request.VendorOptions, errors);
        HunyuanOptionRules.Validate(request, options, errors);
        HunyuanInputRules.Validate(request, options, errors);
    }
}
