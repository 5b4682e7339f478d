using System.Globalization;
using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// Exactly what one Rodin generate call sends: the images (fetched and attached as repeated
/// <c>images</c> file parts) and the form fields of <see cref="ToFormFields"/>. A null field is not sent.
/// </summary>
public sealed record RodinGenerateParameters
{
    public required string Tier { get; init; }

    public string? Prompt { get; init; }

    /// <summary>The input images in request order (the first drives the material).</summary>
    public IReadOnlyList<InputImage> Images { get; init; } = [];

    public int? Seed { get; init; }

    public string? GeometryFileFormat { get; init; }

    public string? Material { get; init; }

    public string? Quality { get; init; }

    public int? QualityOverride { get; init; }

    public string? MeshMode { get; init; }

    public bool? MeshSimplify { get; init; }

    public bool? MeshSmooth { get; init; }

    public bool? TaPose { get; init; }

    public IReadOnlyList<int>? BboxCondition { get; init; }

    public IReadOnlyList<string> Addons { get; init; } = [];

    public bool? PreviewRender { get; init; }

    public bool? UseOriginalAlpha { get; init; }

    public bool? HdTexture { get; init; }

    public bool? TextureDelight { get; init; }

    public string? TextureMode { get; init; }

    public string? GeometryInstructMode { get; init; }

    public bool? IsMicro { get; init; }

    public string? ConditionMode { get; init; }

    public IReadOnlyList<string> ImageLabels { get; init; } = [];

    /// <summary>The documented price (docs/vendors/rodin.md §6): 0.5 credit, 1 on Gen-2.5-Extreme-High, plus 1 for HighPack.</summary>
    public decimal EstimatedCredits =>
        (Tier == RodinTiers.Gen25ExtremeHigh ? 1.0m : 0.5m) + (Addons.Contains(RodinValues.AddonHighPack) ? 1m : 0m);

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

        Add(RodinFormFields.Tier, Tier);
        Add(RodinFormFields.Prompt, Prompt);
        Add(RodinFormFields.Seed, Seed);
        Add(RodinFormFields.GeometryFileFormat, GeometryFileFormat);
        Add(RodinFormFields.Material, Material);
        Add(RodinFormFields.Quality, Quality);
        Add(RodinFormFields.QualityOverride, QualityOverride);
        Add(RodinFormFields.MeshMode, MeshMode);
        Add(RodinFormFields.MeshSimplify, MeshSimplify);
        Add(RodinFormFields.MeshSmooth, MeshSmooth);
        Add(RodinFormFields.TaPose, TaPose);
        Add(RodinFormFields.BboxCondition, BboxCondition);
        foreach (var addon in Addons)
        {
            Add(RodinFormFields.Addons, addon);
        }

        Add(RodinFormFields.PreviewRender, PreviewRender);
        Add(RodinFormFields.UseOriginalAlpha, UseOriginalAlpha);
        Add(RodinFormFields.HdTexture, HdTexture);
        Add(RodinFormFields.TextureDelight, TextureDelight);
        Add(RodinFormFields.TextureMode, TextureMode);
        Add(RodinFormFields.GeometryInstructMode, GeometryInstructMode);
        Add(RodinFormFields.IsMicro, IsMicro);
        Add(RodinFormFields.ConditionMode, ConditionMode);
        foreach (var label in ImageLabels)
        {
            Add(RodinFormFields.ImageLabel, label);
        }

        return fields;
    }
}
