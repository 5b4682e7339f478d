using System.ComponentModel.DataAnnotations;
using GenerationGateway.Adapters.Workflow.VendorHttp;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>How the adapter reaches Hyper3D Rodin.</summary>
public sealed class RodinOptions : IVendorApiOptions
{
    public const string SectionName = "Vendors:Rodin";

    /// <summary>The API base, ending in <c>/api/v2/</c>; the simulator's is <c>http://host/rodin/api/v2/</c>.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.hyper3d.com/api/v2/");

    /// <summary>The Business-plan API key, sent as a bearer token.</summary>
    [Required(ErrorMessage = "Vendors:Rodin:ApiKey is required: the Rodin API key.")]
    public string ApiKey { get; set; } = "";

    /// <summary>Time allowed for one call to Rodin (a generate call includes uploading the images).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Largest input image fetched, in bytes.</summary>
    [Range(1, 1L << 30)]
    public long MaxImageBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Interval between status checks; the official example polls every 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(5);
}
