using System.Globalization;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>
/// Takes a slot of the account's shared task-API limit (<see cref="DashScopeOptions.TaskQueriesPerSecond"/>) before each
/// request it sends, so a retried attempt counts as a call too. A request that cannot get a slot in time is not sent.
/// </summary>
sealed class DashScopeTaskSlotHandler(ISharedRateLimiter limiter, IOptions<DashScopeOptions> options) : DelegatingHandler
{
    readonly RateLimitPolicy _taskApi = new(options.Value.RateLimitBucket, options.Value.TaskQueriesPerSecond, options.Value.RateLimitMaxWait);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var decision = await limiter.AcquireAsync(_taskApi, cancellationToken).ConfigureAwait(false);
        if (!decision.IsGranted)
        {
            // Nothing was sent: the workflow asks again after the wait (a status check counts as still running).
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorRateLimited, null,
                $"DashScope {request.Method} {request.RequestUri?.AbsolutePath} held back: the account's task API allows {_taskApi.PermitsPerSecond.ToString(CultureInfo.InvariantCulture)} calls/s and its queue is longer than {_taskApi.MaxWait}.",
                decision.RetryAfter);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
