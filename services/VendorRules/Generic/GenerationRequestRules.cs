using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules;

/// <summary>
/// The rules every request obeys whatever its vendor, followed by the vendor's own
/// <see cref="IVendorRequestRules"/>. Errors are keyed by the camelCase JSON path of the field.
/// </summary>
public sealed class GenerationRequestRules
{
    /// <summary>Longest prompt accepted; vendors enforce their own, usually shorter, limits.</summary>
    public const int MaxPromptLength = 4_000;

    public const int MaxTenantIdLength = 100;

    public const int MaxClientReferenceLength = 200;

    /// <summary>Longest subject reference, style, file reference or other identifier a request carries.</summary>
    public const int MaxReferenceLength = 200;

    public const int MaxViewLength = 50;

    public const int MaxUrlLength = 2_048;

    /// <summary>Most images any vendor takes (Aholo's reconstruction); vendors enforce their own, usually lower, limits.</summary>
    public const int MaxImages = 200;

    /// <summary>Most videos any vendor takes (Aholo's reconstruction).</summary>
    public const int MaxVideos = 5;

    /// <summary>Most output formats: each format once.</summary>
    public static readonly int MaxOutputFormats = Enum.GetValues<AssetFormat>().Length;

    /// <summary>How far ahead a deadline may lie.</summary>
    public static readonly TimeSpan MaxDeadlineHorizon = TimeSpan.FromDays(7);

    readonly VendorRulesCatalog _catalog;
    readonly TimeProvider _timeProvider;

    public GenerationRequestRules(VendorRulesCatalog catalog, TimeProvider timeProvider)
    {
        _catalog = catalog;
        _timeProvider = timeProvider;
    }

    /// <summary>Checks the vendor-neutral rules, then the rules of the request's vendor when it is known and supports the kind.</summary>
    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ValidateNeutral(request, errors);

        // An unknown vendor or an unsupported kind is already reported; the vendor's rules presume both, and whole inputs.
        if (!HasNullItems(request.Inputs) && _catalog.TryGet(request.Vendor, out var vendorRules) && vendorRules.SupportedKinds.Contains(request.Kind))
        {
            vendorRules.Validate(request, errors);
        }
    }

    /// <summary>Checks only the vendor-neutral rules (including that the vendor is known and supports the kind).</summary>
    public void ValidateNeutral(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        ValidateText(request.TenantId, "tenantId", MaxTenantIdLength, required: true, errors);
        ValidateText(request.ClientReference, "clientReference", MaxClientReferenceLength, required: false, errors);
        ValidateVendorAndKind(request, errors);
        ValidateInputs(request.Inputs, errors);

        if (request.Options.TargetFaceCount is <= 0)
        {
            errors.Add("options.targetFaceCount", "Must be greater than zero.");
        }

        if (request.Options.OutputFormats.Count > MaxOutputFormats)
        {
            errors.Add("options.outputFormats", $"Must list at most {MaxOutputFormats} formats, each once.");
        }

        TextRules.ValidateIdentifier(request.Options.Style, "options.style", MaxReferenceLength, errors);

        ValidateDeadline(request.Deadline, errors);

        if (request.Callback is { } callback && callback.Url.OriginalString.Length > MaxUrlLength)
        {
            errors.Add("callback.url", $"Must be at most {MaxUrlLength} characters.");
        }
        else if (request.Callback is { } target && !IsHttpUrl(target.Url))
        {
            errors.Add("callback.url", "Must be an absolute http or https URL.");
        }
    }

    void ValidateVendorAndKind(GenerationRequested request, RequestValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Vendor))
        {
            errors.Add("vendor", $"Required. Known vendors: {KnownVendors()}.");
            return;
        }

        if (!_catalog.TryGet(request.Vendor, out var vendorRules))
        {
            errors.Add("vendor", $"Unknown vendor '{request.Vendor}'. Known vendors: {KnownVendors()}.");
            return;
        }

        if (!vendorRules.SupportedKinds.Contains(request.Kind))
        {
            var supported = string.Join(", ", vendorRules.SupportedKinds.Order().Select(WireName));
            errors.Add("kind", $"Vendor '{request.Vendor}' does not support '{WireName(request.Kind)}'. Supported: {supported}.");
        }
    }

    /// <summary>True when a list of the inputs holds a JSON <c>null</c> where an image or video should be.</summary>
    static bool HasNullItems(GenerationInputs inputs) =>
        inputs.Images.Any(image => image is null) || inputs.Videos.Any(video => video is null);

    static void ValidateInputs(GenerationInputs inputs, RequestValidationErrors errors)
    {
        TextRules.ValidateText(inputs.Prompt, "inputs.prompt", MaxPromptLength, errors);
        TextRules.ValidateIdentifier(inputs.SubjectReference, "inputs.subjectReference", MaxReferenceLength, errors);

        if (inputs.Images.Count > MaxImages)
        {
            errors.Add("inputs.images", $"Must hold at most {MaxImages} images; {inputs.Images.Count} given.");
        }
        else
        {
            for (var i = 0; i < inputs.Images.Count; i++)
            {
                var image = inputs.Images[i];
                if (image is null)
                {
                    errors.Add($"inputs.images[{i}]", "Must not be null: give an object with url or fileReference.");
                    continue;
                }

                ValidateSource(image.Url, image.FileReference, $"inputs.images[{i}]", errors);
                TextRules.ValidateIdentifier(image.View, $"inputs.images[{i}].view", MaxViewLength, errors);
            }
        }

        if (inputs.Videos.Count > MaxVideos)
        {
            errors.Add("inputs.videos", $"Must hold at most {MaxVideos} videos; {inputs.Videos.Count} given.");
        }
        else
        {
            for (var i = 0; i < inputs.Videos.Count; i++)
            {
                var video = inputs.Videos[i];
                if (video is null)
                {
                    errors.Add($"inputs.videos[{i}]", "Must not be null: give an object with url or fileReference.");
                    continue;
                }

                ValidateSource(video.Url, video.FileReference, $"inputs.videos[{i}]", errors);
            }
        }
    }

    static void ValidateSource(string? url, string? fileReference, string field, RequestValidationErrors errors)
    {
        TextRules.ValidateIdentifier(url, $"{field}.url", MaxUrlLength, errors);
        TextRules.ValidateIdentifier(fileReference, $"{field}.fileReference", MaxReferenceLength, errors);

        var hasUrl = !string.IsNullOrWhiteSpace(url);
        var hasFile = !string.IsNullOrWhiteSpace(fileReference);
        if (hasUrl == hasFile)
        {
            errors.Add(field, "Give exactly one of url and fileReference.");
        }
        else if (hasUrl && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsHttpUrl(uri)))
        {
            errors.Add($"{field}.url", "Must be an absolute http or https URL.");
        }
    }

    void ValidateDeadline(DateTimeOffset? deadline, RequestValidationErrors errors)
    {
        if (deadline is not { } value)
        {
            return;
        }

        var now = _timeProvider.GetUtcNow();
        if (value <= now)
        {
            errors.Add("deadline", "Must lie in the future.");
        }
        else if (value > now + MaxDeadlineHorizon)
        {
            errors.Add("deadline", $"Must lie at most {MaxDeadlineHorizon.TotalDays:0} days ahead.");
        }
    }

    static void ValidateText(string? value, string field, int maxLength, bool required, RequestValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Required.");
            }
        }
        else
        {
            TextRules.ValidateIdentifier(value, field, maxLength, errors);
        }
    }

    static bool IsHttpUrl(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    string KnownVendors() => string.Join(", ", _catalog.Vendors.Order(StringComparer.Ordinal));

    static string WireName(TaskKind kind) => JsonSerializer.Serialize(kind).Trim('"');
}
