using System.Collections.Frozen;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>Kujiale Aholo's rules for a request (VENDORS.md §1.5–1.6, seed 000): inputs per create call and the options each takes.</summary>
public sealed class AholoRequestRules : IVendorRequestRules
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "aholo";

    public string Vendor => Key;

    public string SchemaName => "Aholo";

    public Type? VendorOptionsType => typeof(AholoVendorOptions);

    public IReadOnlySet<TaskKind> SupportedKinds { get; } = new[]
    {
        TaskKind.TextTo3d, TaskKind.ImageTo3d, TaskKind.SceneReconstruction, TaskKind.ObjectReconstruction,
    }.ToFrozenSet();

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        if (!SupportedKinds.Contains(request.Kind))
        {
            errors.Add("kind", $"Aholo does not do {request.Kind}.");
            return;
        }

        AholoInputRules.Validate(request, errors);
        var options = AholoVendorOptions.Read(request.VendorOptions, errors);
        AholoOptionRules.Validate(request, options, errors);
    }
}
