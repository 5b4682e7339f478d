using System.Globalization;
using System.Net;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>SeaArt's HTTP errors as <see cref="VendorCallException"/>s, classified as the SeaArt SDK does (docs/vendors/hunyuan.md §7).</summary>
static class SeaArtErrors
{
    public static VendorCallException FromStatus(SeaArtOperation operation, HttpResponseMessage response, SeaArtTaskAnswer? answer, string body)
    {
        var status = (int)response.StatusCode;
        var (kind, reason) = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => (VendorErrorKind.Rejected, FailureReason.VendorAuthFailed),
            // The gateway refused before doing anything: safe to ask again after Retry-After.
            HttpStatusCode.TooManyRequests => (VendorErrorKind.Throttled, FailureReason.VendorRateLimited),
            HttpStatusCode.PaymentRequired => (VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted),
            // "Task not found": the CLI relies on this answer; the gateway no longer knows the task.
            HttpStatusCode.NotFound when operation == SeaArtOperation.Task => (VendorErrorKind.Rejected, FailureReason.VendorJobLost),
            // A timeout or server error may come after the gateway acted: whether a task exists is unknown.
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
            _ when status >= 500 => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
            _ => (VendorErrorKind.Rejected, FailureReason.InvalidRequest),
        };
        var code = answer?.Error?.CodeText ?? status.ToString(CultureInfo.InvariantCulture);
        var detail = answer?.Error?.Text ?? VendorErrorAnswer.Excerpt(body);
        return new VendorCallException(kind, reason, code, $"SeaArt {Name(operation)} answered HTTP {status}: {detail}", VendorErrorAnswer.RetryAfter(response));
    }

    public static string Name(SeaArtOperation operation) => operation == SeaArtOperation.Create ? "create" : "task";
}
