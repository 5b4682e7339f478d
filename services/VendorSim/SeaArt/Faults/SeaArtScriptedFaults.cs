using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.SeaArt.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once: an http-status fault to the next request to its
/// endpoint (after the key check), a task fault to the next task actually created.
/// </summary>
public sealed class SeaArtScriptedFaults : ScriptedFaults<SeaArtFault>
{
    public SeaArtFault? TakeRequestFault(string endpoint) => Take(f => !f.IsTaskFault && f.Endpoint == endpoint);

    public SeaArtFault? TakeTaskFault() => Take(f => f.IsTaskFault);

    /// <summary>The answer an http-status fault scripts.</summary>
    public static IResult Answer(SeaArtFault fault, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(context);
        var status = fault.Status!.Value;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers.RetryAfter = (fault.RetryAfterSeconds ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return SeaArtResults.Error(status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), fault.Message ?? $"Injected HTTP {status}.");
    }
}
