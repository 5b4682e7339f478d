using System.Net;
using System.Net.Http.Headers;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The web host the client's photos are fetched from: <c>https://photos.test/{name}.jpg</c> answers a small JPEG,
/// <c>/missing.jpg</c> 404, <c>/flaky.jpg</c> 503. Counts what it was asked.
/// </summary>
public sealed class StubPhotoHost : HttpMessageHandler
{
    public const string Host = "photos.test";

    int _requests;

    public int Requests => _requests;

    public static byte[] JpegFor(string path) => [0xFF, 0xD8, 0xFF, 0xE0, .. System.Text.Encoding.ASCII.GetBytes(path)];

    public static IReadOnlyList<Contracts.InputImage> Photos(int count, string person = "ada") =>
        [.. Enumerable.Range(1, count).Select(i => new Contracts.InputImage { Url = $"https://{Host}/{person}-{i}.jpg" })];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var path = request.RequestUri!.AbsolutePath;
        var response = path switch
        {
            "/missing.jpg" => new HttpResponseMessage(HttpStatusCode.NotFound),
            "/flaky.jpg" => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(JpegFor(path)) },
        };
        if (response.Content is ByteArrayContent content)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        }

        return Task.FromResult(response);
    }
}
