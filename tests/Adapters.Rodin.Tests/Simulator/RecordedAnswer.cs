using System.Net;
using System.Text;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>A stub Rodin that answers every call with one recorded response, for answers the simulator cannot give.</summary>
public sealed class RecordedAnswer(HttpStatusCode status, string body, string contentType = "application/json") : HttpMessageHandler
{
    public Action<HttpResponseMessage>? Configure { get; init; }

    public IRodinClient CreateClient(StubImageHost images) =>
        RodinClients.Create(this, images, new RodinOptions { BaseUrl = new Uri("https://rodin.test/api/v2/"), ApiKey = "key" });

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        Configure?.Invoke(response);
        return Task.FromResult(response);
    }
}
