using System.Globalization;
using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// Exactly what one Rodin generate call sends: the prompt, the images (fetched and attached as repeated <c>images</c> file
/// parts) and Rodin's options as this request resolved them, sent as the form fields of <see cref="ToFormFields"/>. The
/// options are VendorRules' <see cref="RodinVendorOptions"/>, the one description of Rodin's settings: the vendor options
/// given, the normalized options mapped into the gaps, the tier's defaults and forcing applied. A null option is not sent.
/// </summary>
public sealed record RodinGenerateParameters
{
    public required RodinVendorOptions Options { get; init; }

    public string? Prompt { get; init; }

    /// <summary>The input images in request order (the first drives the material).</summary>
    public IReadOnlyList<InputImage> Images { get; init; } = [];

    /// <summary>The tier sent (the resolver always settles it; <see cref="RodinTiers.Default"/> when a caller left it out).</summary>
    public string Tier => Options.Tier ?? RodinTiers.Default;

    /// <summary>The documented price (docs/vendors/rodin.md §6): 0.5 credit, 1 on Gen-2.5-Extreme-High, plus 1 for HighPack.</summary>
    public decimal EstimatedCredits =>
        (Tier == RodinTiers.Gen25ExtremeHigh ? 1.0m : 0.5m) + (Options.Addons?.Contains(RodinValues.AddonHighPack) == true ? 1m : 0m);

    /// <summary>The non-file multipart fields, in a stable order; arrays repeat their field, booleans are <c>true</c>/<c>false</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToFormFields()
    {
        var fields = new List<KeyValuePair<string, string>>();

        void Add(string name, object? value)
        {
            var text = value switch
            {
                null => null,
                bool flag => flag ? "true" : "false",
                IReadOnlyList<int> numbers => $"[{string.Join(',', numbers.Select(x => x.ToString(CultureInfo.InvariantCulture)))}]",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (text is not null)
            {
                fields.Add(new(name, text));
            }
        }

        var options = Options;
        Add(RodinFormFields.Tier, Tier);
        Add(RodinFormFields.Prompt, Prompt);
        Add(RodinFormFields.Seed, options.Seed);
        Add(RodinFormFields.GeometryFileFormat, options.GeometryFileFormat);
        Add(RodinFormFields.Material, options.Material);
        Add(RodinFormFields.Quality, options.Quality);
        Add(RodinFormFields.QualityOverride, options.QualityOverride);
        Add(RodinFormFields.MeshMode, options.MeshMode);
        Add(RodinFormFields.MeshSimplify, options.MeshSimplify);
        Add(RodinFormFields.MeshSmooth, options.MeshSmooth);
        Add(RodinFormFields.TaPose, options.TaPose);
        Add(RodinFormFields.BboxCondition, options.BboxCondition);
        foreach (var addon in options.Addons ?? [])
        {
            Add(RodinFormFields.Addons, addon);
        }

        Add(RodinFormFields.PreviewRender, options.PreviewRender);
        Add(RodinFormFields.UseOriginalAlpha, options.UseOriginalAlpha);
        Add(RodinFormFields.HdTexture, options.HdTexture);
        Add(RodinFormFields.TextureDelight, options.TextureDelight);
        Add(RodinFormFields.TextureMode, options.TextureMode);
        Add(RodinFormFields.GeometryInstructMode, options.GeometryInstructMode);
        Add(RodinFormFields.IsMicro, options.IsMicro);
        Add(RodinFormFields.ConditionMode, options.ConditionMode);
        foreach (var label in options.ImageLabels ?? [])
        {
            Add(RodinFormFields.ImageLabel, label);
        }

        return fields;
    }
}
