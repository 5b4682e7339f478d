using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>
/// Aholo's <c>c</c> codes and HTTP statuses as <see cref="VendorCallException"/>s. Kujiale publishes no code list:
/// 12 (upload token) and 11003 (credits) come from public material, the others are the simulator's
/// (services/VendorSim/Aholo/Responses/AholoCodes.cs) and must be confirmed against the real API.
/// An unknown code counts as a vendor failure that may or may not have acted.
/// </summary>
static class AholoErrors
{
    public const string TokenProblem = "12";
    public const string AuthFailed = "1001";
    public const string TimestampRejected = "1002";
    public const string InvalidParameter = "2001";
    public const string ProjectNotFound = "2004";
    public const string InsufficientCredits = "11003";

    public static VendorCallException FromCode(string operation, string code, string? message)
    {
        var (kind, reason) = code switch
        {
            AuthFailed or TimestampRejected => (VendorErrorKind.Rejected, FailureReason.VendorAuthFailed),
            InvalidParameter => (VendorErrorKind.Rejected, FailureReason.InvalidRequest),
            ProjectNotFound => (VendorErrorKind.Rejected, FailureReason.VendorJobLost),
            InsufficientCredits => (VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted),
            _ => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
        };
        var detail = string.IsNullOrWhiteSpace(message) ? "" : $": {message}";
        return new VendorCallException(kind, reason, code, $"Aholo {operation} answered c={code}{detail}");
    }

    public static VendorCallException FromStatus(string operation, HttpResponseMessage response, string body) =>
        VendorErrorAnswer.HttpError(response, VendorErrorAnswer.Classify(response.StatusCode), $"Aholo {operation}", body);
}
