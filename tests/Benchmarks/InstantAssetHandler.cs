using System.Net.Http.Headers;

namespace GenerationGateway.Benchmarks;

/// <summary>The vendor's file host, in process: every download gets the same bytes.</summary>
public sealed class InstantAssetHandler(int assetBytes) : HttpMessageHandler
{
    readonly byte[] _content = CreateContent(assetBytes);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(_content);
        content.Headers.ContentType = new MediaTypeHeaderValue("model/gltf-binary");
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content });
    }

    static byte[] CreateContent(int size)
    {
        var bytes = new byte[size];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
