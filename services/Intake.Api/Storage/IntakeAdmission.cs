using GenerationGateway.Intake.Api.Quotas;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// What <see cref="IIntakeStore.AdmitAsync"/> did: stored the record (holding an in-flight slot), found an earlier
/// record for the same idempotency key, or refused because a limit was reached (then nothing was stored).
/// </summary>
public sealed record IntakeAdmission
{
    /// <summary>The stored record (the new one, or the earlier one of a repeated key); null when refused.</summary>
    public IntakeRecord? Record { get; init; }

    /// <summary>The in-flight limit that refused the request; null when admitted.</summary>
    public QuotaLimit? RefusedBy { get; init; }

    /// <summary>Generations in flight counted against <see cref="RefusedBy"/>.</summary>
    public int InFlight { get; init; }

    public static IntakeAdmission Stored(IntakeRecord record) => new() { Record = record };

    public static IntakeAdmission Refused(QuotaLimit limit, int inFlight) => new() { RefusedBy = limit, InFlight = inFlight };

    /// <summary>Which limit a tenant with <paramref name="total"/> and <paramref name="forVendor"/> in flight is at, if any.</summary>
    public static QuotaLimit? LimitReached(InFlightLimits limits, int total, int forVendor) =>
        total >= limits.MaxInFlight ? QuotaLimit.MaxInFlight
        : forVendor >= limits.MaxInFlightPerVendor ? QuotaLimit.MaxInFlightPerVendor
        : null;
}
