using System.ComponentModel.DataAnnotations;
using GenerationGateway.Adapters.Workflow.VendorHttp;

namespace GenerationGateway.Adapters.Portrait;

/// <summary>How the adapter reaches the AI portrait API (seed 004, docs/vendors/portrait.md) and takes its callbacks.</summary>
public sealed class PortraitOptions : IValidatableObject, IVendorApiOptions
{
    public const string SectionName = "Vendors:Portrait";

    /// <summary>
    /// The API host; calls go to <c>{BaseUrl}cloud/...</c>. Required: no public host of this API is known
    /// (docs/vendors/portrait.md §1). The simulator's is <c>http://host/portrait/</c>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The Alibaba Cloud Marketplace AppCode, sent as <c>Authorization: APPCODE {AppCode}</c>.</summary>
    [Required(ErrorMessage = "Vendors:Portrait:AppCode is required: the portrait API's AppCode.")]
    public string AppCode { get; set; } = "";

    /// <summary>
    /// The gateway's public address the vendor can call back, e.g. <c>https://gateway.example.com</c>. When absent
    /// no <c>callback_url</c> is sent and polling alone advances the jobs.
    /// </summary>
    public Uri? PublicCallbackBaseUrl { get; set; }

    /// <summary>Key of the HMAC token in callback URLs; required (16+ characters) with <see cref="PublicCallbackBaseUrl"/>.</summary>
    public string? CallbackSecret { get; set; }

    public PortraitPersistence Persistence { get; set; } = PortraitPersistence.Postgres;

    /// <summary>Filled from <c>ConnectionStrings:Workflow</c> (the adapter's own database), not from this section.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Time allowed for one call to the API (an upload includes sending the photo).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Largest input photo fetched, in bytes.</summary>
    [Range(1, 1L << 30)]
    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Interval between checks of a training (training takes minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TrainingPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Interval between checks of a generation.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan GenerationPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the style catalogue is kept before it is asked for again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StyleCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a generation's claim to train a subject holds before another generation may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TrainingClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A malformed one is named by the module's check of every vendor's BaseUrl (VendorModule).
        if (BaseUrl is null)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(BaseUrl)} is required, an absolute http(s) URL: no public host of the portrait API is known (the simulator's is http://host/portrait/).",
                [nameof(BaseUrl)]);
        }

        if (PublicCallbackBaseUrl is not null && !IsHttp(PublicCallbackBaseUrl))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(PublicCallbackBaseUrl)} must be an absolute http(s) URL.", [nameof(PublicCallbackBaseUrl)]);
        }

        if (PublicCallbackBaseUrl is not null && CallbackSecret is not { Length: >= 16 })
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(CallbackSecret)} is required (16 characters or more) when {SectionName}:{nameof(PublicCallbackBaseUrl)} is set.",
                [nameof(CallbackSecret)]);
        }

        if (Persistence == PortraitPersistence.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"ConnectionStrings:Workflow is required when {SectionName}:{nameof(Persistence)} is {PortraitPersistence.Postgres} (trained models are kept there).",
                [nameof(ConnectionString)]);
        }
    }

    static bool IsHttp(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
