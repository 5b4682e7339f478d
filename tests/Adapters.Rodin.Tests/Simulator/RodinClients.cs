using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.TestSupport.Egress;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>The adapter's client over its generated Refit APIs, on one handler (no retry, no metrics).</summary>
static class RodinClients
{
    public static IRodinClient Create(HttpMessageHandler handler, IHttpClientFactory images, RodinOptions options)
    {
        var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.BaseUrl };
        return new RodinClient(
            RestService.ForGenerated<IRodinApi>(http, RodinJson.ApiSettings),
            RestService.ForGenerated<IRodinReadApi>(http, RodinJson.ApiSettings),
            TestEgress.Fetcher(images),
            Options.Create(options));
    }
}
