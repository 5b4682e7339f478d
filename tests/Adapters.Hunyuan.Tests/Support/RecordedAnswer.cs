using System.Net;
using System.Text;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>A stub gateway that answers every call with one recorded response, for shapes the simulator does not produce.</summary>
public sealed class RecordedAnswer(HttpStatusCode status, string body, string contentType = "application/json") : HttpMessageHandler
{
    public Exception? Throws { get; init; }

    public IHunyuanClient CreateClient() => SeaArtClients.Create(this, new Uri("https://seaart.test/model/"), "key");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Throws is not null
            ? Task.FromException<HttpResponseMessage>(Throws)
            : Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) });
}
