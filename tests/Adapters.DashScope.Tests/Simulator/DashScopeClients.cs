using GenerationGateway.Adapters.DashScope.VendorApi;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.DashScope.Tests.Simulator;

/// <summary>The adapter's client over its generated Refit APIs, the task API behind the shared-limit slot handler (no retry, no metrics).</summary>
static class DashScopeClients
{
    public static IDashScopeClient Create(HttpMessageHandler handler, DashScopeOptions options, ISharedRateLimiter? limiter = null)
    {
        var wrapped = Options.Create(options);
        var slots = new DashScopeTaskSlotHandler(limiter ?? new InMemorySharedRateLimiter(TimeProvider.System), wrapped) { InnerHandler = handler };
        return new DashScopeClient(
            RestService.ForGenerated<IDashScopeApi>(new HttpClient(handler, disposeHandler: false) { BaseAddress = options.BaseUrl }, DashScopeJson.ApiSettings),
            RestService.ForGenerated<IDashScopeTaskApi>(new HttpClient(slots) { BaseAddress = options.BaseUrl }, DashScopeJson.ApiSettings),
            wrapped);
    }
}
