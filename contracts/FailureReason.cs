using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

/// <summary>The closed list of reasons a generation fails for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FailureReason>))]
public enum FailureReason
{
    /// <summary>The vendor refused the request's parameters.</summary>
    [JsonStringEnumMemberName("invalid-request")] InvalidRequest,

    /// <summary>An input (image, video) could not be fetched or uploaded to the vendor.</summary>
    [JsonStringEnumMemberName("input-unavailable")] InputUnavailable,

    /// <summary>The vendor's content moderation refused an input or output.</summary>
    [JsonStringEnumMemberName("content-rejected")] ContentRejected,

    /// <summary>The vendor refused the gateway's credentials or permissions.</summary>
    [JsonStringEnumMemberName("vendor-auth-failed")] VendorAuthFailed,

    /// <summary>Credits, subscription or quota exhausted at the vendor.</summary>
    [JsonStringEnumMemberName("vendor-quota-exhausted")] VendorQuotaExhausted,

    /// <summary>The vendor kept throttling the gateway.</summary>
    [JsonStringEnumMemberName("vendor-rate-limited")] VendorRateLimited,

    /// <summary>The vendor could not be reached or kept answering with server errors.</summary>
    [JsonStringEnumMemberName("vendor-unavailable")] VendorUnavailable,

    /// <summary>The vendor accepted the job and then reported it failed.</summary>
    [JsonStringEnumMemberName("vendor-job-failed")] VendorJobFailed,

    /// <summary>The vendor no longer knows the job (expired, retention passed).</summary>
    [JsonStringEnumMemberName("vendor-job-lost")] VendorJobLost,

    /// <summary>The generation's deadline passed before it ended.</summary>
    [JsonStringEnumMemberName("deadline-exceeded")] DeadlineExceeded,

    /// <summary>A crash hid whether the vendor accepted the submit; it was not repeated.</summary>
    [JsonStringEnumMemberName("submit-outcome-unknown")] SubmitOutcomeUnknown,

    /// <summary>The vendor's assets could not be copied into the gateway's asset store.</summary>
    [JsonStringEnumMemberName("asset-download-failed")] AssetDownloadFailed,

    /// <summary>A fault inside the gateway.</summary>
    [JsonStringEnumMemberName("internal-error")] InternalError,
}
