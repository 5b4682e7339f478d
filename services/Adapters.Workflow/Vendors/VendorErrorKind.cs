namespace GenerationGateway.Adapters.Workflow.Vendors;

public enum VendorErrorKind
{
    /// <summary>The vendor refused the request for good: asking again gives the same answer.</summary>
    Rejected,

    /// <summary>The vendor refused for now (rate limit): it did not act on the request; ask again later.</summary>
    Throttled,

    /// <summary>The vendor failed (server error): it is unknown whether it acted on the request.</summary>
    Unavailable,

    /// <summary>
    /// No connection to the vendor opened (name resolution, refused connection, TLS handshake): the request never
    /// reached it, so it did not act on it; ask again later. Unlike <see cref="Throttled"/> the vendor said nothing.
    /// </summary>
    Unreachable,
}
