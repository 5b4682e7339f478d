using System.Net;
using System.Text;
using GenerationGateway.Adapters.Aholo.VendorApi;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>A stub Aholo that answers every call with one recorded response, for answers the simulator does not give.</summary>
public sealed class RecordedAnswer(HttpStatusCode status, string body, string contentType = "application/json") : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>The request bodies as text, read when sent (the client disposes its requests).</summary>
    public List<string?> Bodies { get; } = [];

    public Action<HttpResponseMessage>? Configure { get; init; }

    /// <summary>The adapter's client over its generated Refit APIs, signed, on this stub (no retry, no metrics).</summary>
    public IAholoClient CreateClient()
    {
        var signing = new AholoSignatureHandler(Options.Create(new AholoOptions { AppKey = "k", AppSecret = "s", AppUid = "u" }), TimeProvider.System)
        {
            InnerHandler = this,
        };
        var http = new HttpClient(signing, disposeHandler: false) { BaseAddress = new Uri("https://aholo.test/v2/aholo/") };
        return new AholoClient(RestService.ForGenerated<IAholoApi>(http, AholoJson.ApiSettings), RestService.ForGenerated<IAholoReadApi>(http, AholoJson.ApiSettings), Options.Create(new AholoOptions()));
    }

    public IAholoUploadClient CreateUploadClient() =>
        new AholoUploadClient(RestService.ForGenerated<IAholoUploadApi>(
            new HttpClient(this, disposeHandler: false) { BaseAddress = new Uri("https://aholo.test/v2/aholo/") }, AholoJson.UploadApiSettings));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        Configure?.Invoke(response);
        return response;
    }
}
