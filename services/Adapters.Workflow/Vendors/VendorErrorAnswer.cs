using System.Globalization;
using System.Net;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>What every adapter reads from a vendor's HTTP error answer the same way, for its <see cref="VendorCallException"/>.</summary>
public static class VendorErrorAnswer
{
    /// <summary>The most of an unparsed body an error message quotes.</summary>
    public const int ExcerptLength = 200;

    /// <summary>The wait a <c>Retry-After</c> header asks for (a delay, or the time until a date; never negative); null without one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>The start of an answer's body (at most <see cref="ExcerptLength"/> characters), for a message.</summary>
    public static string Excerpt(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Length > ExcerptLength ? body[..ExcerptLength] : body;
    }

    /// <summary>
    /// What an HTTP error status means when nothing the vendor documents says otherwise: 401 and 403 a refused key, 429
    /// throttling, 5xx a vendor failure that may or may not have acted, and any other status a rejected request
    /// (<paramref name="rejected"/>, an invalid request unless the call says otherwise).
    /// </summary>
    public static (VendorErrorKind Kind, FailureReason Reason) Classify(HttpStatusCode status, FailureReason rejected = FailureReason.InvalidRequest) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => (VendorErrorKind.Rejected, FailureReason.VendorAuthFailed),
        HttpStatusCode.TooManyRequests => (VendorErrorKind.Throttled, FailureReason.VendorRateLimited),
        _ when (int)status >= 500 => (VendorErrorKind.Unavailable, FailureReason.VendorUnavailable),
        _ => (VendorErrorKind.Rejected, rejected),
    };

    /// <summary>
    /// The exception for an HTTP error answer, with the meaning the adapter gave its status: "<paramref name="call"/> answered
    /// HTTP {status}: {detail}" (the call names the vendor and its operation: <c>Rodin generate</c>), where the detail is the
    /// vendor's <paramref name="message"/> or else the body's <see cref="Excerpt"/>; the vendor's <paramref name="code"/> or
    /// else the status as the vendor code; and the <see cref="RetryAfter"/> wait.
    /// </summary>
    public static VendorCallException HttpError(
        HttpResponseMessage response, (VendorErrorKind Kind, FailureReason Reason) meaning, string call, string body, string? code = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        return new VendorCallException(meaning.Kind, meaning.Reason, code ?? status.ToString(CultureInfo.InvariantCulture),
            $"{call} answered HTTP {status}: {message ?? Excerpt(body)}", RetryAfter(response));
    }
}
