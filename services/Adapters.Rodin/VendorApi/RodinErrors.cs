using System.Net;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>Rodin's business error codes (docs/vendors/rodin.md §2) and HTTP statuses as <see cref="VendorCallException"/>s.</summary>
static class RodinErrors
{
    public const string NoActiveSubscription = "NO_ACTIVE_SUBSCRIPTION";
    public const string SubscriptionPlanTooLow = "SUBSCRIPTION_PLAN_TOO_LOW";
    public const string InsufficientFund = "INSUFFICIENT_FUND";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UserNotFound = "USER_NOT_FOUND";
    public const string GroupNotFound = "GROUP_NOT_FOUND";
    public const string PermissionDenied = "PERMISSION_DENIED";
    public const string Unknown = "UNKNOWN";

    public static VendorCallException FromCode(string operation, string code, string? message)
    {
        var (kind, reason) = code switch
        {
            NoActiveSubscription or SubscriptionPlanTooLow or InsufficientFund => (VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted),
            InvalidRequest => (VendorErrorKind.Rejected, FailureReason.InvalidRequest),
            UserNotFound or GroupNotFound or PermissionDenied => (VendorErrorKind.Rejected, FailureReason.VendorAuthFailed),
            // UNKNOWN and codes the docs do not list: the vendor failed, it may or may not have acted.
            _ => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
        };
        var detail = string.IsNullOrWhiteSpace(message) ? "" : $": {message}";
        return new VendorCallException(kind, reason, code, $"Rodin {operation} answered {code}{detail}");
    }

    /// <summary>The HTTP status decides the error (auth, throttling, server failure); the body's code, if any, is kept as the vendor code.</summary>
    public static VendorCallException FromStatus(string operation, HttpResponseMessage response, RodinAnswer? answer, string body)
    {
        var meaning = response.StatusCode switch
        {
            HttpStatusCode.NotFound or HttpStatusCode.Gone => (VendorErrorKind.Rejected, FailureReason.VendorJobLost),
            var status => VendorErrorAnswer.Classify(status),
        };
        return VendorErrorAnswer.HttpError(response, meaning, $"Rodin {operation}", body, answer is { IsError: true } ? answer.Error : null, answer?.Message);
    }

    /// <summary>Statuses that decide the error whatever the body says.</summary>
    public static bool StatusDecides(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
