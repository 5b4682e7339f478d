using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>
/// Signs each open-platform request as it is sent (<see cref="AholoSignature"/>): the four auth parameters after the
/// call's own query. Signed at the last moment, and again on each attempt, so the timestamp is inside the vendor's
/// clock window when it arrives.
/// </summary>
sealed class AholoSignatureHandler(IOptions<AholoOptions> options, TimeProvider time) : DelegatingHandler
{
    static readonly HttpRequestOptionsKey<Uri> Unsigned = new("aholo.unsigned-uri");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Options.TryGetValue(Unsigned, out var unsigned))
        {
            unsigned = request.RequestUri ?? throw new InvalidOperationException("An Aholo request has no URI.");
            request.Options.Set(Unsigned, unsigned);
        }

        var signed = AholoSignature.Query(options.Value, time.GetUtcNow());
        var separator = string.IsNullOrEmpty(unsigned.Query) ? "?" : "&";
        request.RequestUri = new Uri(unsigned.OriginalString + separator + signed, unsigned.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
        return base.SendAsync(request, cancellationToken);
    }
}
