using System.Diagnostics.CodeAnalysis;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// Turns a request into Rodin's generate parameters: normalized options mapped, vendor options
/// over them, then the tier's forcing (Sketch: glb, PBR, medium; Gen-1/1.5 Raw: medium, no add-ons).
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
        return Force(choices, new RodinGenerateParameters
        {
            Tier = choices.Tier,
            Prompt = string.IsNullOrWhiteSpace(request.Inputs.Prompt) ? null : request.Inputs.Prompt,
            Images = request.Inputs.Images,
            Seed = options.Seed,
            GeometryFileFormat = choices.GeometryFileFormat,
            Material = choices.Material,
            Quality = choices.Quality,
            QualityOverride = choices.QualityOverride,
            MeshMode = options.MeshMode ?? RodinNormalizedOptions.MeshMode(request.Options.Topology),
            MeshSimplify = options.MeshSimplify,
            MeshSmooth = options.MeshSmooth,
            TaPose = options.TaPose,
            BboxCondition = options.BboxCondition,
            Addons = options.Addons ?? [],
            PreviewRender = options.PreviewRender,
            UseOriginalAlpha = options.UseOriginalAlpha,
            HdTexture = options.HdTexture,
            TextureDelight = options.TextureDelight,
            TextureMode = options.TextureMode,
            // The vendor's docs contradict themselves on the default: always say it on Gen-2.5.
            GeometryInstructMode = options.GeometryInstructMode
                ?? (choices.Family == RodinTierFamily.Gen25 ? RodinValues.GeometryFaithful : null),
            IsMicro = options.IsMicro,
            ConditionMode = options.ConditionMode,
            ImageLabels = options.ImageLabels ?? [],
        });
    }

    static RodinGenerateParameters Force(RodinChoices choices, RodinGenerateParameters parameters)
    {
        if (choices.Tier == RodinTiers.Sketch)
        {
            parameters = parameters with
            {
                GeometryFileFormat = RodinValues.FormatGlb,
                Material = RodinValues.MaterialPbr,
                Quality = RodinValues.QualityMedium,
            };
        }

        if (choices.Family == RodinTierFamily.Gen1 && choices.MeshMode == RodinValues.MeshModeRaw)
        {
            parameters = parameters with { Quality = RodinValues.QualityMedium, Addons = [] };
        }

        return parameters;
    }
}
