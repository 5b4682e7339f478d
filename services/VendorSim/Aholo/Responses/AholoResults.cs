using System.Text.Json;
using GenerationGateway.VendorSim.Aholo.Faults;

namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary>Answers in the <c>c/d/m/f</c> envelope. Business errors are HTTP 200 (docs/vendors/aholo.md §11 note 1).</summary>
public static class AholoResults
{
    public static IResult Ok(object? data) => Json(new AholoEnvelope(AholoCodes.Success, data, null, string.Empty), StatusCodes.Status200OK);

    public static IResult Error(string code, string message) => Json(new AholoEnvelope(code, null, message, string.Empty), StatusCodes.Status200OK);

    public static IResult InvalidParameter(string message) => Error(AholoCodes.InvalidParameter, message);

    public static IResult TokenProblem(string message) => Error(AholoCodes.TokenProblem, message);

    /// <summary>What a scripted request fault answers instead of the normal response.</summary>
    public static IResult Injected(AholoFault fault, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(context);
        if (fault.Kind == AholoFaultKinds.EnvelopeError)
        {
            return Error(fault.Code!, fault.Message ?? $"Injected error {fault.Code}.");
        }

        var status = fault.Status!.Value;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        return Results.Text($"Injected HTTP {status}.", "text/plain", statusCode: status);
    }

    public static IResult Json(object body, int status) => Results.Json(body, JsonSerializerOptions.Web, statusCode: status);
}
