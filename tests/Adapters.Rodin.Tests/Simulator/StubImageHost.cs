using System.Net;
using System.Net.Http.Headers;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>
/// The web host input images are fetched from: <c>https://images.test/{name}.png</c> answers a small PNG,
/// <c>/missing.png</c> 404, <c>/flaky.png</c> 503. Records what it was asked.
/// </summary>
public sealed class StubImageHost : HttpMessageHandler, IHttpClientFactory
{
    public const string Host = "images.test";

    readonly List<HttpRequestMessage> _requests = [];

    public IReadOnlyList<HttpRequestMessage> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static byte[] PngFor(string path) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. System.Text.Encoding.ASCII.GetBytes(path)];

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        var path = request.RequestUri!.AbsolutePath;
        var response = path switch
        {
            _ when request.RequestUri.Host != Host => new HttpResponseMessage(HttpStatusCode.BadGateway),
            "/missing.png" => new HttpResponseMessage(HttpStatusCode.NotFound),
            "/flaky.png" => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(PngFor(path)) },
        };
        if (response.Content is ByteArrayContent content)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        }

        return Task.FromResult(response);
    }
}
