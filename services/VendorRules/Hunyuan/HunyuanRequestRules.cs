using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// Tencent Hunyuan 3D Pro through the SeaArt gateway (seed 001, docs/vendors/hunyuan.md): its rules for a request,
/// checked at intake and again by the adapter before the paid submit.
/// </summary>
public sealed class HunyuanRequestRules() : VendorRequestRules(Key, "Hunyuan3dPro", typeof(HunyuanVendorOptions),
    TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.MultiViewTo3d, TaskKind.SketchTo3d)
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "hunyuan3d-pro";

    protected override string UnsupportedKind(TaskKind kind) => $"Hunyuan 3D Pro does not do {kind}.";

    protected override void ValidateSupported(GenerationRequested request, RequestValidationErrors errors)
    {
        var options = HunyuanVendorOptions.Read(request.VendorOptions, errors);
        HunyuanOptionRules.Validate(request, options, errors);
        HunyuanInputRules.Validate(request, options, errors);
    }
}
