using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Downloads;

/// <summary>
/// The absolute base of URLs the simulators hand out: <c>VendorSim:PublicBaseUrl</c> when set, otherwise the
/// incoming request's scheme, host and path base, so links work both standalone and embedded in another host.
/// </summary>
public sealed class PublicBaseUrl(IOptions<VendorSimOptions> options)
{
    public Uri For(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = options.Value.PublicBaseUrl;
        var root = configured is not null
            ? configured.AbsoluteUri.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Uri(root + path, UriKind.Absolute);
    }
}
