namespace GenerationGateway.Egress;

/// <summary>Why a guarded fetch gave no content.</summary>
public enum EgressFailure
{
    /// <summary>The guard refused the URL or an address it resolved to, or a redirect; nothing was (or will be) sent.</summary>
    Refused,

    /// <summary>The host answered with a client error (4xx other than 408 and 429): asking again will not help.</summary>
    Rejected,

    /// <summary>No answer in time, a network error or a server error, after the retries.</summary>
    Unavailable,
}
