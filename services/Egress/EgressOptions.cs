using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Egress;

/// <summary>
/// The egress guard (<c>Egress</c>): how long a fetch of a URL a user or a vendor handed the gateway may take, and the
/// explicit allow-list of hosts and networks that are otherwise denied (loopback, private, link-local, …). The allow-list
/// is empty in production; sandboxes name the simulators' host there.
/// </summary>
public sealed class EgressOptions : IValidatableObject
{
    public const string SectionName = "Egress";

    /// <summary>Longest wait for a TCP connection (per address tried).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest a fetch of an input may take, every redirect and the whole body included (per attempt).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest a download of a vendor's asset may take (vendor assets are large; per attempt).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan AssetTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Redirects the guard follows, each checked again.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 3;

    /// <summary>How often a failed fetch of an input is tried again (never more than twice).</summary>
    [Range(0, 2)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Wait before the first retry of an input; doubled before the second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Hosts reached whatever they resolve to: <c>host</c> (any port) or <c>host:port</c>, e.g. <c>vendorsim:8080</c>.
    /// Empty in production. A blank entry (an unset environment variable) is ignored.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>Networks reached although denied by default, as CIDRs (<c>10.42.0.0/16</c>). Empty in production.</summary>
    public IList<string> AllowedNetworks { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < AllowedNetworks.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(AllowedNetworks[i]) && !System.Net.IPNetwork.TryParse(AllowedNetworks[i], out _))
            {
                yield return new ValidationResult(
                    $"{SectionName}:{nameof(AllowedNetworks)}:{i} ('{AllowedNetworks[i]}') is not a CIDR such as 10.42.0.0/16.",
                    [nameof(AllowedNetworks)]);
            }
        }

        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(AllowedHosts[i]) && !EgressHost.TryParse(AllowedHosts[i], out _))
            {
                yield return new ValidationResult(
                    $"{SectionName}:{nameof(AllowedHosts)}:{i} ('{AllowedHosts[i]}') is not a host or host:port such as vendorsim:8080.",
                    [nameof(AllowedHosts)]);
            }
        }
    }
}
