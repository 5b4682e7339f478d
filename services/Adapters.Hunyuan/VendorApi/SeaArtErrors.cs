using System.Net;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>SeaArt's HTTP errors as <see cref="VendorCallException"/>s, classified as the SeaArt SDK does (docs/vendors/hunyuan.md §7).</summary>
static class SeaArtErrors
{
    public static VendorCallException FromStatus(SeaArtOperation operation, HttpResponseMessage response, SeaArtTaskAnswer? answer, string body)
    {
        // 401/403, 429 (the gateway refused before doing anything: safe to ask again after Retry-After), 5xx and other 4xx as usual.
        var meaning = response.StatusCode switch
        {
            HttpStatusCode.PaymentRequired => (VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted),
            // "Task not found": the CLI relies on this answer; the gateway no longer knows the task.
            HttpStatusCode.NotFound when operation == SeaArtOperation.Task => (VendorErrorKind.Rejected, FailureReason.VendorJobLost),
            // A timeout or server error may come after the gateway acted: whether a task exists is unknown.
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
            var status => VendorErrorAnswer.Classify(status),
        };
        return VendorErrorAnswer.HttpError(response, meaning, $"SeaArt {Name(operation)}", body, answer?.Error?.CodeText, answer?.Error?.Text);
    }

    public static string Name(SeaArtOperation operation) => operation == SeaArtOperation.Create ? "create" : "task";
}
