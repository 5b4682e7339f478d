using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>
/// Per-tenant limits (<c>Quotas:*</c>): the defaults every tenant gets unless an admin set its own values
/// (<c>PUT /v1/admin/tenants/{tenantId}/quota</c>).
/// </summary>
public sealed class QuotaOptions
{
    public const string SectionName = "Quotas";

    /// <summary>
    /// The limits of every tenant without its own; its settings are read from the subsection <c>Quotas:Default:*</c>, one by one
    /// (see <see cref="QuotaLimits"/>).
    /// </summary>
    [Required]
    [ValidateObjectMembers]
    public QuotaLimits Default { get; set; } = new();

    /// <summary>The <c>Retry-After</c> given with a 429 for too many generations in flight (when a slot frees is unknown).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan InFlightRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
