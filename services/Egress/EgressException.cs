using System.Net;

namespace GenerationGateway.Egress;

/// <summary>
/// A guarded fetch failed. <see cref="Exception.Message"/> is safe to show a client: it never names an address, a port
/// or why a connection failed. <see cref="Detail"/> is for the operator's logs only.
/// </summary>
public sealed class EgressException : Exception
{
    public EgressException(EgressFailure failure, string detail, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base("The URL could not be fetched.", innerException)
    {
        Failure = failure;
        Detail = detail;
        StatusCode = statusCode;
    }

    public EgressException()
        : this(EgressFailure.Unavailable, "The URL could not be fetched.")
    {
    }

    public EgressException(string message)
        : this(EgressFailure.Unavailable, message)
    {
    }

    public EgressException(string message, Exception innerException)
        : this(EgressFailure.Unavailable, message, null, innerException)
    {
    }

    public EgressFailure Failure { get; }

    /// <summary>What happened, for logs (may name internal addresses; never put it in an event or a response).</summary>
    public string Detail { get; }

    /// <summary>The status the host answered with, when it answered.</summary>
    public HttpStatusCode? StatusCode { get; }
}
