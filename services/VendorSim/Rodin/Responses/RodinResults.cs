using GenerationGateway.VendorSim.Rodin.Faults;

namespace GenerationGateway.VendorSim.Rodin.Responses;

/// <summary>The simulator's non-success answers.</summary>
public static class RodinResults
{
    public static IResult Json(object body, int status) => Results.Json(body, RodinJson.Options, statusCode: status);

    /// <summary>A business error: HTTP 200 with the code in <c>error</c> (docs/vendors/rodin.md §7 note 2).</summary>
    public static IResult BusinessError(string error, string message) =>
        Json(new RodinErrorResponse(error, message), StatusCodes.Status200OK);

    public static IResult InvalidRequest(string message) => BusinessError(RodinErrorCodes.InvalidRequest, message);

    /// <summary>A wrong or missing key: HTTP 401 with <c>{"error":"USER_NOT_FOUND"}</c>.</summary>
    public static IResult Unauthorized() => Json(
        new RodinErrorResponse(RodinErrorCodes.UserNotFound, "Missing or invalid API key; send Authorization: Bearer {key}."),
        StatusCodes.Status401Unauthorized);

    /// <summary>The answer a request fault scripts.</summary>
    public static IResult Injected(RodinFault fault, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(context);
        if (fault.Kind == RodinFaultKinds.BusinessError)
        {
            return BusinessError(fault.Error!, fault.Message ?? $"Injected {fault.Error}.");
        }

        var status = fault.Status!.Value;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        var error = status == StatusCodes.Status429TooManyRequests ? RodinErrorCodes.TooManyRequests : RodinErrorCodes.Unknown;
        return Json(new RodinErrorResponse(error, fault.Message ?? $"Injected HTTP {status}."), status);
    }
}
