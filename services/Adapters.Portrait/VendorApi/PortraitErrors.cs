using System.Globalization;
using System.Net;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>
/// Refusals as <see cref="VendorCallException"/>s: the API gateway's own (a status with <c>X-Ca-Error-Message</c>,
/// docs/vendors/portrait.md §2; the vendor never saw the call), the backend's HTTP statuses, and non-zero <c>ret</c>s.
/// </summary>
static class PortraitErrors
{
    public const string ErrorMessageHeader = "X-Ca-Error-Message";

    public static VendorCallException FromGateway(PortraitOperation operation, HttpStatusCode status, string message)
    {
        var (kind, reason) = message switch
        {
            _ when message.StartsWith("Quota", StringComparison.OrdinalIgnoreCase) || message.Contains("Arrears", StringComparison.OrdinalIgnoreCase)
                => (VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted),
            _ when message.StartsWith("Throttled", StringComparison.OrdinalIgnoreCase) => (VendorErrorKind.Throttled, FailureReason.VendorRateLimited),
            _ when status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => (VendorErrorKind.Rejected, FailureReason.VendorAuthFailed),
            _ when status == HttpStatusCode.RequestEntityTooLarge => (VendorErrorKind.Rejected, FailureReason.InputUnavailable),
            _ when (int)status >= 500 => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
            _ => (VendorErrorKind.Rejected, FailureReason.InvalidRequest),
        };
        return new VendorCallException(kind, reason, message, $"The API gateway refused {operation.Name}: HTTP {(int)status} {message}");
    }

    public static VendorCallException FromStatus(PortraitOperation operation, HttpResponseMessage response, string body) =>
        VendorErrorAnswer.HttpError(response, VendorErrorAnswer.Classify(response.StatusCode, operation.RetReason), $"Portrait {operation.Name}", body);

    public static VendorCallException FromRet(PortraitOperation operation, int ret, string? message) =>
        new(operation.RetKind, operation.RetReason, ret.ToString(CultureInfo.InvariantCulture),
            $"Portrait {operation.Name} answered ret {ret}: {message ?? "(no message)"}");
}
