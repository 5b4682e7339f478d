using System.Net;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>Stands in for the vendor's file host: answers asset downloads with fixed bytes, or fails them.</summary>
public sealed class AssetServer : HttpMessageHandler
{
    public static readonly byte[] Model = "glTF-test-bytes"u8.ToArray();

    int _requests;

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public int Requests => _requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var response = new HttpResponseMessage(Status);
        if (Status == HttpStatusCode.OK)
        {
            response.Content = new ByteArrayContent(Model);
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        }

        return Task.FromResult(response);
    }
}
