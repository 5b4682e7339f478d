using System.ComponentModel.DataAnnotations;
using GenerationGateway.Adapters.Workflow.VendorHttp;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>How the adapter reaches Kujiale Aholo (section <c>Vendors:Aholo</c>).</summary>
public sealed class AholoOptions : IValidatableObject, IVendorApiOptions
{
    public const string SectionName = "Vendors:Aholo";

    /// <summary>The open-platform API base, ending in <c>/v2/aholo/</c>; the simulator's is <c>http://host/aholo/v2/aholo/</c>.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://openapi.kujiale.com/v2/aholo/");

    [Required(ErrorMessage = "Vendors:Aholo:AppKey is required: the Kujiale open-platform appkey.")]
    public string AppKey { get; set; } = "";

    [Required(ErrorMessage = "Vendors:Aholo:AppSecret is required: the Kujiale open-platform app secret calls are signed with.")]
    public string AppSecret { get; set; } = "";

    [Required(ErrorMessage = "Vendors:Aholo:AppUid is required: the third-party user id every Aholo call acts for.")]
    public string AppUid { get; set; } = "";

    /// <summary>
    /// The scheme upload URLs are built with from a token's bare <c>globalDomain</c> (<c>{scheme}://{globalDomain}/ous/api/v2/...</c>,
    /// as seed 000 builds them): <c>https</c> against the vendor, <c>http</c> against a simulator. Empty: <see cref="BaseUrl"/>'s scheme.
    /// </summary>
    public string? UploadScheme { get; set; }

    /// <summary>The scheme in effect: <see cref="UploadScheme"/>, or <see cref="BaseUrl"/>'s when that is empty.</summary>
    public string EffectiveUploadScheme => string.IsNullOrWhiteSpace(UploadScheme) ? BaseUrl.Scheme : UploadScheme;

    /// <summary>Time allowed for one API call.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one call to the upload host (one file or one block; the SDK allows 120 s per block).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan UploadCallTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Largest input image downloaded, in bytes.</summary>
    [Range(1, 1L << 32)]
    public long MaxImageBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest input video downloaded, in bytes.</summary>
    [Range(1, 1L << 40)]
    public long MaxVideoBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Uploads started per preparation round (each fetches one input and uploads it with its own token).</summary>
    [Range(1, 100)]
    public int UploadsPerRound { get; set; } = 4;

    /// <summary>Uploads waiting for their upload status at once.</summary>
    [Range(1, 100)]
    public int MaxUploadsInFlight { get; set; } = 8;

    /// <summary>Wait between upload-status checks (the vendor's tooling polls every 0.2–0.5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:01:00")]
    public TimeSpan UploadStatusInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an upload may stay in progress before it is started again with a new token (the vendor's skill gives up after 2 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Uploads of one input (first try included) before the input counts as unavailable.</summary>
    [Range(1, 10)]
    public int MaxUploadAttempts { get; set; } = 3;

    /// <summary>Interval between job status checks; reconstructions take minutes to hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "01:00:00")]
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Projects one <c>task/list/by-ids</c> status call asks about (the API takes a list; the vendor documents no maximum).</summary>
    [Range(1, 500)]
    public int StatusBatchSize { get; set; } = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(UploadScheme) && UploadScheme != Uri.UriSchemeHttps && UploadScheme != Uri.UriSchemeHttp)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(UploadScheme)} must be https or http.", [nameof(UploadScheme)]);
        }
    }
}
