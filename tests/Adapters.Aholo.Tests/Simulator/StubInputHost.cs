using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using GenerationGateway.VendorSim.Aholo.Files;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>
/// The web host inputs are fetched from: <c>https://inputs.test/{name}.png</c> answers a 64×48 PNG (one colour per
/// name), <c>/{name}.mp4</c> a 12 s MP4 of about 5 KiB (above the simulator's block size), <c>/missing.png</c> 404,
/// <c>/flaky.png</c> 503. Records what it was asked.
/// </summary>
public sealed class StubInputHost : HttpMessageHandler
{
    public const string Host = "inputs.test";

    readonly List<Uri> _requests = [];

    public IReadOnlyList<Uri> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static Uri Url(string name) => new($"https://{Host}/{name}");

    public static byte[] Png(string path) => SamplePng.Write(64, 48, path);

    /// <summary>An MP4 with a 12 s <c>mvhd</c> and a 5,000-byte <c>mdat</c> box derived from the name.</summary>
    public static byte[] Mp4(string path)
    {
        var head = SampleMp4.Write(12, path);
        var mdat = new byte[5_000];
        BinaryPrimitives.WriteInt32BigEndian(mdat, mdat.Length);
        "mdat"u8.CopyTo(mdat.AsSpan(4));
        for (var i = 8; i < mdat.Length; i++)
        {
            mdat[i] = (byte)(i + path.Length);
        }

        return [.. head, .. mdat];
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        lock (_requests)
        {
            _requests.Add(uri);
        }

        var path = uri.AbsolutePath;
        HttpResponseMessage response = path switch
        {
            _ when uri.Host != Host => new HttpResponseMessage(HttpStatusCode.BadGateway),
            "/missing.png" => new HttpResponseMessage(HttpStatusCode.NotFound),
            "/flaky.png" => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            _ when path.EndsWith(".png", StringComparison.Ordinal) => File(Png(path), "image/png"),
            _ when path.EndsWith(".mp4", StringComparison.Ordinal) || path.EndsWith(".insv", StringComparison.Ordinal) => File(Mp4(path), "video/mp4"),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
        return Task.FromResult(response);
    }

    static HttpResponseMessage File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
