using System.Text.Json.Serialization;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>The body of <c>create-3d-recon</c> as the seed shows it.</summary>
sealed record AholoReconstructionBody(
    string ProjectName,
    string? Cover,
    string Scene,
    string TaskQuality,
    int AccessLevel,
    IReadOnlyList<AholoResourceBody> Resources,
    bool UploadSog,
    bool Panorama);

/// <summary>The body of <c>create-3d-gen</c> (docs/vendors/aholo.md §6: a guess modelled on the newer gateway).</summary>
sealed record AholoGenerationBody(
    string ProjectName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cover,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Prompt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AholoResourceBody>? Resources);

/// <summary>One resource: <c>{name, type, url, meta{width, height, duration}}</c>.</summary>
sealed record AholoResourceBody(string Name, int Type, string Url, AholoResourceMeta Meta);

sealed record AholoResourceMeta(int? Width, int? Height, double? Duration);
