using GenerationGateway.VendorSim.DashScope.Responses;

namespace GenerationGateway.VendorSim.DashScope;

/// <summary>Answers 429 <c>Throttling.RateQuota</c> to a task-API call over the key's rate (after the key check).</summary>
public sealed class DashScopeThrottleFilter(DashScopeThrottle throttle) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var key = context.HttpContext.Request.Headers.Authorization.ToString();
        return throttle.TryAdmit(key)
            ? await next(context)
            : DashScopeResults.Error(StatusCodes.Status429TooManyRequests, DashScopeErrorCodes.ThrottlingRateQuota, "Requests rate limit exceeded, please try again later.");
    }
}
