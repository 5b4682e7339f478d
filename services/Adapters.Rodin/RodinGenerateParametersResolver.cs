using System.Diagnostics.CodeAnalysis;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// Turns a request into Rodin's generate parameters: its <see cref="RodinVendorOptions"/> as read and checked by VendorRules,
/// with the normalized options mapped into the gaps (<see cref="RodinChoices"/>), then the tier's forcing (Sketch: glb, PBR,
/// medium; Gen-1/1.5 Raw: medium, no add-ons).
/// </summary>
public static class RodinGenerateParametersResolver
{
    static readonly RodinRequestRules Rules = new();

    /// <summary>Checks the request against <see cref="RodinRequestRules"/> and resolves it; false (with errors) when it breaks a rule.</summary>
    public static bool TryResolve(GenerationRequested request, RequestValidationErrors errors, [NotNullWhen(true)] out RodinGenerateParameters? parameters) =>
        Rules.TryResolve(request, errors, Resolve, out parameters);

    static RodinGenerateParameters Resolve(GenerationRequested request, RequestValidationErrors errors)
    {
        var options = RodinVendorOptions.Read(request.VendorOptions, errors);
        var choices = RodinChoices.Of(request, options);
        return new RodinGenerateParameters
        {
            Prompt = string.IsNullOrWhiteSpace(request.Inputs.Prompt) ? null : request.Inputs.Prompt,
            Images = request.Inputs.Images,
            Options = Force(choices, options with
            {
                Tier = choices.Tier,
                GeometryFileFormat = choices.GeometryFileFormat,
                Material = choices.Material,
                Quality = choices.Quality,
                QualityOverride = choices.QualityOverride,
                // Only a mesh mode asked for is sent: the tier's default is the vendor's own.
                MeshMode = options.MeshMode ?? RodinNormalizedOptions.MeshMode(request.Options.Topology),
                // The vendor's docs contradict themselves on the default: always say it on Gen-2.5.
                GeometryInstructMode = options.GeometryInstructMode
                    ?? (choices.Family == RodinTierFamily.Gen25 ? RodinValues.GeometryFaithful : null),
            }),
        };
    }

    static RodinVendorOptions Force(RodinChoices choices, RodinVendorOptions options)
    {
        if (choices.Tier == RodinTiers.Sketch)
        {
            options = options with
            {
                GeometryFileFormat = RodinValues.FormatGlb,
                Material = RodinValues.MaterialPbr,
                Quality = RodinValues.QualityMedium,
            };
        }

        if (choices.Family == RodinTierFamily.Gen1 && choices.MeshMode == RodinValues.MeshModeRaw)
        {
            options = options with { Quality = RodinValues.QualityMedium, Addons = null };
        }

        return options;
    }
}
