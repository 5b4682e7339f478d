using GenerationGateway.VendorSim.Authentication;
using GenerationGateway.VendorSim.Portrait.Api;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Portrait;

/// <summary>
/// The API gateway's AppCode check (docs/vendors/portrait.md §2): <c>Authorization: APPCODE {code}</c>, or the code in an
/// <c>AppCode</c> query parameter. Anything else gets HTTP 401 with <c>X-Ca-Error-Message</c> and no body.
/// </summary>
public sealed class PortraitAppCodeFilter(IOptions<PortraitSimulatorOptions> options) : IEndpointFilter
{
    public const string Scheme = "APPCODE";

    private static readonly string[] QueryNames = ["AppCode", "appcode", "appCode", "APPCODE", "APPCode"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var header = request.Headers.Authorization.ToString();
        var presented = header.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase)
            ? header[(Scheme.Length + 1)..].Trim()
            : QueryNames.Select(name => request.Query[name].ToString()).FirstOrDefault(value => value.Length > 0) ?? string.Empty;
        if (presented.Length == 0)
        {
            return PortraitResults.Gateway(context.HttpContext, StatusCodes.Status401Unauthorized, "Empty AppCode");
        }

        if (!BearerKeyFilter.IsKey(presented, options.Value.AppCode))
        {
            return PortraitResults.Gateway(context.HttpContext, StatusCodes.Status401Unauthorized, "Invalid AppCode");
        }

        return await next(context);
    }
}
