using System.Globalization;
using GenerationGateway.VendorSim.DashScope.Faults;

namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>The simulator's answers; every one carries a fresh <c>request_id</c>.</summary>
public static class DashScopeResults
{
    public static string NewRequestId() => Guid.NewGuid().ToString();

    public static IResult Json(object body, int status = StatusCodes.Status200OK) => Results.Json(body, DashScopeJson.Options, statusCode: status);

    /// <summary>An HTTP error: <c>{"request_id","code","message"}</c>.</summary>
    public static IResult Error(int status, string code, string message) => Json(new DashScopeErrorResponse(NewRequestId(), code, message), status);

    /// <summary>The answer an http-error fault scripts.</summary>
    public static IResult Injected(DashScopeFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var status = fault.Status!.Value;
        return Error(status, fault.Code ?? DashScopeErrorCodes.ForStatus(status), fault.Message ?? $"Injected HTTP {status}.");
    }

    /// <summary>A time as DashScope writes it: local time (<paramref name="offset"/>), <c>yyyy-MM-dd HH:mm:ss.fff</c>, no zone.</summary>
    public static string? Time(DateTimeOffset? time, TimeSpan offset) =>
        time?.ToOffset(offset).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
