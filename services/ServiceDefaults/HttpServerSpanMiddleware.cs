using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// Names ASP.NET Core's server span and gives it the OpenTelemetry HTTP attributes (method, path, route,
/// status): what the instrumentation package would do, which is not available here.
/// </summary>
sealed class HttpServerSpanMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
        if (activity is null)
        {
            await next(context);
            return;
        }

        activity.SetTag("http.request.method", context.Request.Method);
        activity.SetTag("url.path", context.Request.Path.Value);
        activity.DisplayName = $"{context.Request.Method} {context.Request.Path}";
        try
        {
            await next(context);
        }
        finally
        {
            if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
            {
                activity.SetTag("http.route", route);
                activity.DisplayName = $"{context.Request.Method} {route}";
            }

            activity.SetTag("http.response.status_code", context.Response.StatusCode);
        }
    }
}
