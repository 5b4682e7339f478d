using System.Globalization;
using System.Text.Json;
using GenerationGateway.Intake.Api.Storage;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>The quota steps of a generation request: the tenant's limits, its request rate, and the 429 answers.</summary>
public sealed class QuotaGate(TenantQuotas quotas, IRequestRateLimiter rateLimiter, IOptions<QuotaOptions> options)
{
    /// <summary>The tenant's limits, and the 429 to answer when the tenant is over its request rate (else null).</summary>
    public async Task<(TenantQuota Quota, IResult? Refusal)> CheckRateAsync(string tenantId, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var quota = await quotas.GetAsync(tenantId, cancellationToken);
        var decision = await rateLimiter.TryAcquireAsync(tenantId, quota.RequestsPerSecond, cancellationToken);
        return decision.Allowed
            ? (quota, null)
            : (quota, TooManyRequests(
                response,
                QuotaLimit.RequestsPerSecond,
                decision.RetryAfter,
                $"Tenant '{tenantId}' may send {quota.RequestsPerSecond.ToString(CultureInfo.InvariantCulture)} generation requests per second."));
    }

    public static InFlightLimits InFlightLimitsOf(TenantQuota quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        return new InFlightLimits(quota.MaxInFlight, quota.MaxInFlightPerVendor);
    }

    /// <summary>The 429 for an admission refused at an in-flight limit.</summary>
    public IResult InFlightRefusal(TenantQuota quota, string vendor, IntakeAdmission admission, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(admission);
        var detail = admission.RefusedBy == QuotaLimit.MaxInFlightPerVendor
            ? $"Tenant '{quota.TenantId}' may have {quota.MaxInFlightPerVendor} generations of vendor '{vendor}' in flight and has {admission.InFlight}."
            : $"Tenant '{quota.TenantId}' may have {quota.MaxInFlight} generations in flight and has {admission.InFlight}.";
        return TooManyRequests(
            response,
            admission.RefusedBy ?? QuotaLimit.MaxInFlight,
            options.Value.InFlightRetryAfter,
            detail + " A slot frees when one completes, fails or is cancelled.");
    }

    public static string WireName(QuotaLimit limit) => JsonNamingPolicy.CamelCase.ConvertName(limit.ToString());

    static IResult TooManyRequests(HttpResponse response, QuotaLimit limit, TimeSpan retryAfter, string detail)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "A quota of the tenant was reached.",
            detail: detail + " Nothing was accepted; retry after the time in Retry-After.",
            extensions: new Dictionary<string, object?> { ["field"] = "tenantId", ["limit"] = WireName(limit) });
    }
}
