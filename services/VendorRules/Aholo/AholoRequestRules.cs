using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>Kujiale Aholo's rules for a request (docs/vendors/aholo.md §5–6, seed 000): inputs per create call and the options each takes.</summary>
public sealed class AholoRequestRules(IOptions<AholoRequestRulesOptions> settings) : VendorRequestRules(Key, "Aholo", typeof(AholoVendorOptions),
    TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.SceneReconstruction, TaskKind.ObjectReconstruction)
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "aholo";

    protected override string UnsupportedKind(TaskKind kind) => $"Aholo does not do {kind}.";

    protected override void ValidateSupported(GenerationRequested request, RequestValidationErrors errors)
    {
        AholoInputRules.Validate(request, settings.Value.MinReconstructionImages, errors);
        var options = AholoVendorOptions.Read(request.VendorOptions, errors);
        AholoOptionRules.Validate(request, options, errors);
    }
}
