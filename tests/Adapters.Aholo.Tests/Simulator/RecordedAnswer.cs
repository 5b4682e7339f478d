using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>A stub Aholo that answers every call with one recorded response, for answers the simulator does not give.</summary>
public sealed class RecordedAnswer(HttpStatusCode status, string body, string contentType = "application/json") : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>The request bodies as text, read when sent (the client disposes its requests).</summary>
    public List<string?> Bodies { get; } = [];

    public Action<HttpResponseMessage>? Configure { get; init; }

    public AholoClient CreateClient() =>
        new(new HttpClient(this) { BaseAddress = new Uri("https://aholo.test/v2/aholo/") },
            Options.Create(new AholoOptions { AppKey = "k", AppSecret = "s", AppUid = "u" }), TimeProvider.System);

    public AholoUploadClient CreateUploadClient() => new(new HttpClient(this));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        Configure?.Invoke(response);
        return response;
    }
}
