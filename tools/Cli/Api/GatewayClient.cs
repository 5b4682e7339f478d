using System.Net.Http.Headers;
using System.Text.Json;
using Refit;

namespace GenerationGateway.Cli.Api;

/// <summary>
/// The gateway's API at one address with one key: the source-generated Refit client, the HTTP client beside it for
/// asset downloads (signed absolute URLs), and the serializer options both use.
/// </summary>
public sealed class GatewayClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    readonly HttpClient _http;

    public GatewayClient(Uri baseAddress, string? apiKey, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = baseAddress;
        _http.Timeout = RequestTimeout; // until the answer's headers: an event stream or a download then reads on
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("gateway-cli", typeof(GatewayClient).Assembly.GetName().Version?.ToString(3)));
        if (apiKey is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        Settings = new RefitSettings(new SystemTextJsonContentSerializer(Json));
        Api = RestService.For<IGatewayApi>(_http, Settings);
    }

    public IGatewayApi Api { get; }

    public RefitSettings Settings { get; }

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>GET of an absolute URL (a signed asset URL), streamed; a non-2xx answer throws the same <see cref="ApiException"/> as the API.</summary>
    public async Task<HttpResponseMessage> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ApiException.Create(request, HttpMethod.Get, response, Settings).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();
}
