using System.Net;

namespace GenerationGateway.AssetStore.S3;

/// <summary>The S3 store answered a request with an error (or none that makes sense); the message says which and why.</summary>
public sealed class S3RequestException : Exception
{
    public S3RequestException(string message, HttpStatusCode? statusCode, string? errorCode)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public S3RequestException()
    {
    }

    public S3RequestException(string message)
        : base(message)
    {
    }

    public S3RequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>S3's error code (<c>SignatureDoesNotMatch</c>, <c>NoSuchBucket</c>, <c>SlowDown</c> ...), when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>Whether the same request may succeed later (server errors, throttling, timeouts).</summary>
    public bool IsTransient =>
        StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int?)StatusCode >= 500
        || ErrorCode is "SlowDown" or "RequestTimeout" or "InternalError" or "ServiceUnavailable";
}
