using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GenerationGateway.TestSupport.Images;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>
/// The web host input images are fetched from. <c>https://images.test/{w}x{h}.{png|jpg|webp}</c> (or without an
/// extension: a PNG) answers an image of that size; <c>/missing.png</c> 404, <c>/flaky.png</c> 503,
/// <c>/huge.png</c> a body over 8 MB, <c>/mb{n}.png</c> a 512 px PNG padded by n MiB, <c>/text.png</c> a text file. Records what it was asked.
/// </summary>
public sealed partial class StubImageHost : HttpMessageHandler
{
    public const string Host = "images.test";

    readonly List<HttpRequestMessage> _requests = [];

    public static string Url(string path) => TestSupport.Rules.HunyuanRequests.ImageUrl(path);

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

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        var path = request.RequestUri!.AbsolutePath.TrimStart('/');
        var response = path switch
        {
            _ when request.RequestUri.Host != Host => new HttpResponseMessage(HttpStatusCode.BadGateway),
            "missing.png" => new HttpResponseMessage(HttpStatusCode.NotFound),
            "flaky.png" => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            "huge.png" => Image([.. TestImages.Png(256, 256), .. new byte[8 * 1024 * 1024]], "image/png"),
            "text.png" => Image("not an image"u8.ToArray(), "text/plain"),
            _ when path.StartsWith("mb", StringComparison.Ordinal) && path.EndsWith(".png", StringComparison.Ordinal) =>
                Image([.. TestImages.Png(512, 512), .. new byte[int.Parse(path[2..^4], System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024]], "image/png"),
            _ when SizedImage().Match(path) is { Success: true } match => Sized(match),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
        return Task.FromResult(response);
    }

    static HttpResponseMessage Sized(Match match)
    {
        var width = int.Parse(match.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(match.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["ext"].Value switch
        {
            ".jpg" => Image(TestImages.Jpeg(width, height), "image/jpeg"),
            ".webp" => Image(TestImages.WebpLossless(width, height), "image/webp"),
            _ => Image(TestImages.Png(width, height), "image/png"),
        };
    }

    static HttpResponseMessage Image(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    [GeneratedRegex(@"^(?:\w+/)?(?<w>\d+)x(?<h>\d+)(?<ext>\.png|\.jpg|\.webp)?$")]
    private static partial Regex SizedImage();
}
