using GenerationGateway.VendorSim.Portrait.Faults;
using Microsoft.AspNetCore.Diagnostics;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>The simulator's answers: the envelope, business errors, and the API gateway's own refusals.</summary>
public static class PortraitResults
{
    /// <summary>The header the API gateway explains its own refusals in (docs/vendors/portrait.md §2).</summary>
    public const string ErrorMessageHeader = "X-Ca-Error-Message";

    public static IResult Ok(object body) => Results.Json(new PortraitEnvelope(PortraitRetCodes.Ok, body), PortraitSimJson.Options);

    /// <summary>A business error: HTTP 200 with a non-zero <c>ret</c> and the message in <c>body</c> and <c>msg</c>.</summary>
    public static IResult Error(int ret, string message) =>
        Results.Json(new PortraitEnvelope(ret, message, message), PortraitSimJson.Options);

    /// <summary>A refusal by the API gateway in front of the vendor: the status, the reason in a header, no body.</summary>
    public static IResult Gateway(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers[ErrorMessageHeader] = message;

        // The gateway's body is empty: keep the host's status-code pages from writing problem details into it.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return Results.StatusCode(status);
    }

    /// <summary>The answer a request fault scripts.</summary>
    public static IResult Injected(PortraitFault fault, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return fault.Kind switch
        {
            PortraitFaultKinds.GatewayError => Gateway(context, fault.Status!.Value, fault.Message!),
            PortraitFaultKinds.BusinessError => Error(fault.Ret!.Value, fault.Message!),
            _ => Results.Text(fault.Message ?? $"Injected HTTP {fault.Status}.", "text/plain", statusCode: fault.Status),
        };
    }
}
