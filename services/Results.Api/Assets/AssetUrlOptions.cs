using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Results.Api.Assets;

/// <summary>Signed asset URLs: what a browser or <c>&lt;model-viewer&gt;</c> loads without an Authorization header.</summary>
public sealed class AssetUrlOptions
{
    public const string SectionName = "Assets";

    public const int MinSigningKeyLength = 32;

    /// <summary>The HMAC-SHA256 secret of signed asset URLs (at least 32 characters); every results replica needs the same.</summary>
    [Required(ErrorMessage = "Assets:SigningKey is required (at least 32 characters): the secret that signs asset URLs.")]
    [MinLength(MinSigningKeyLength, ErrorMessage = "Assets:SigningKey must be at least 32 characters.")]
    public string? SigningKey { get; set; }

    /// <summary>How long an asset URL handed out in a generation's manifest stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Assets:SignedUrlLifetime must be from 00:01:00 to 7.00:00:00.")]
    public TimeSpan SignedUrlLifetime { get; set; } = TimeSpan.FromHours(1);
}
