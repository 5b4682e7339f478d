using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.VendorSim;

/// <summary>Settings shared by every simulated vendor.</summary>
public sealed class VendorSimOptions : IValidatableObject
{
    public const string SectionName = "VendorSim";

    /// <summary>
    /// Absolute base URL put in front of the links the simulators return (e.g. download URLs). Leave empty to use
    /// the scheme and host of the request being answered.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Makes this host a sandbox: maps the control API under <c>/_sim</c> (the request log, scripted faults, resets).
    /// Off by default in every environment; turned on explicitly by test hosts and sandbox deployments only.
    /// </summary>
    public bool EnableControlApi { get; set; }

    /// <summary>
    /// When set, this host's plain-http listen addresses also answer TLS, with a self-signed certificate for localhost,
    /// 127.0.0.1 and ::1 made at start and written here (PEM, public part only) for clients to trust: seed 000 builds
    /// its upload URLs as <c>https://{globalDomain}/...</c>. Empty (the default): plain http only.
    /// </summary>
    public string? TlsCertificatePath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { IsAbsoluteUri: false } || PublicBaseUrl is { Scheme: not ("http" or "https") })
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(PublicBaseUrl)} must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        }
    }
}
