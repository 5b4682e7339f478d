using System.Net.Http.Headers;

namespace GenerationGateway.TestSupport.Identity;

/// <summary>
/// Sends every request with <c>Authorization: Bearer &lt;key&gt;</c> unless it carries its own. The key comes from
/// <paramref name="keyFor"/>, which may choose it by the request (a tenant's key for the tenant the body names, say).
/// </summary>
public sealed class BearerKeyHandler(Func<HttpRequestMessage, CancellationToken, Task<string?>> keyFor) : DelegatingHandler
{
    public BearerKeyHandler(string key)
        : this((_, _) => Task.FromResult<string?>(key))
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Authorization is null && await keyFor(request, cancellationToken) is { } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
