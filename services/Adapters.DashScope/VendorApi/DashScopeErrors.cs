using System.Globalization;
using System.Net;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>DashScope's HTTP errors (docs/vendors/dashscope.md §6) as <see cref="VendorCallException"/>s: what the gateway tells its client, and whether to ask again.</summary>
static class DashScopeErrors
{
    public const string InvalidParameter = "InvalidParameter";
    public const string DataInspectionFailed = "DataInspectionFailed";
    public const string InvalidApiKey = "InvalidApiKey";
    public const string AccessDenied = "AccessDenied";
    public const string Arrearage = "Arrearage";
    public const string Throttling = "Throttling";
    public const string InternalError = "InternalError";

    /// <summary>How long to wait after a 429 that names no time.</summary>
    public static readonly TimeSpan DefaultThrottleWait = TimeSpan.FromSeconds(1);

    /// <summary>The error an HTTP error answer means; <paramref name="notFound"/> is what a 404 means for this call (a wrong model at submit, a lost task afterwards).</summary>
    public static VendorCallException FromResponse(string operation, HttpResponseMessage response, DashScopeAnswer? answer, string body, FailureReason notFound)
    {
        var status = (int)response.StatusCode;
        var code = answer?.Code;
        var (kind, reason) = response.StatusCode switch
        {
            HttpStatusCode.Forbidden when code == Arrearage => (VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted),
            HttpStatusCode.NotFound => (VendorErrorKind.Rejected, notFound),
            var other => VendorErrorAnswer.Classify(other, ReasonOfCode(code, answer?.Message)),
        };
        var detail = answer?.Message ?? VendorErrorAnswer.Excerpt(body);
        var request = answer?.RequestId is { } requestId ? $" (request {requestId})" : "";
        var retryAfter = kind == VendorErrorKind.Throttled ? VendorErrorAnswer.RetryAfter(response) ?? DefaultThrottleWait : (TimeSpan?)null;
        return new VendorCallException(kind, reason, code ?? status.ToString(CultureInfo.InvariantCulture),
            $"DashScope {operation} answered HTTP {status} {code}: {detail}{request}", retryAfter);
    }

    /// <summary>The reason a code names, for 400 answers and for tasks that ended FAILED.</summary>
    public static FailureReason ReasonOfCode(string? code, string? message) => code switch
    {
        DataInspectionFailed => FailureReason.ContentRejected,
        InvalidParameter when IsDownloadFailure(message) => FailureReason.InputUnavailable,
        InvalidParameter => FailureReason.InvalidRequest,
        InvalidApiKey or AccessDenied => FailureReason.VendorAuthFailed,
        Arrearage => FailureReason.VendorQuotaExhausted,
        _ when code?.StartsWith(Throttling, StringComparison.Ordinal) == true => FailureReason.VendorRateLimited,
        _ => FailureReason.InvalidRequest,
    };

    /// <summary>The seed's "Failed to download image, url {image_url}.": the photo could not be fetched by DashScope.</summary>
    public static bool IsDownloadFailure(string? message) =>
        message?.Contains("download", StringComparison.OrdinalIgnoreCase) == true;
}
