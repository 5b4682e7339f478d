namespace GenerationGateway.Adapters.Workflow.VendorHttp;

/// <summary>What every adapter reads from a vendor's HTTP error answer the same way, for its <c>VendorCallException</c>.</summary>
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
}
