using GenerationGateway.Adapters.Hunyuan.VendorApi;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>The adapter's client over its generated Refit APIs, on one handler (no retry, no metrics).</summary>
static class SeaArtClients
{
    public static IHunyuanClient Create(HttpMessageHandler handler, Uri baseUrl, string apiKey)
    {
        var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUrl };
        return new HunyuanClient(
            RestService.ForGenerated<ISeaArtApi>(http, SeaArtJson.ApiSettings),
            RestService.ForGenerated<ISeaArtTaskApi>(http, SeaArtJson.ApiSettings),
            Options.Create(new HunyuanOptions { BaseUrl = baseUrl, ApiKey = apiKey }));
    }
}
