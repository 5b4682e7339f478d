using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>
/// The file host: <c>GET /portrait/files/{token}/{name}</c> serves result photos behind signed, expiring links
/// (403 once expired or when the token does not match); <c>GET /portrait/templates/{style}.png</c> serves style templates.
/// </summary>
public static class PortraitFileEndpoints
{
    public static IResult Photo(
        string token, string name, PortraitScriptedFaults faults, PortraitSimStore store, DownloadTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(time);
        if (faults.TakeRequestFault(PortraitFaultEndpoints.Files) is { } fault)
        {
            return Results.Text(fault.Message ?? $"Injected HTTP {fault.Status}.", "text/plain", statusCode: fault.Status);
        }

        var now = time.GetUtcNow();
        switch (tokens.Check(token, name, now, out var taskId))
        {
            case DownloadTokenStatus.Expired:
                return Results.Text("Request has expired.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
            case DownloadTokenStatus.Invalid:
                return Results.Text("Signature does not match.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        if (store.Find(taskId) is not { Style: { } style } task || !task.PhotoNames(task.StateAt(now)).Contains(name))
        {
            return Results.Text("No such file.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        var (bytes, contentType) = PortraitSampleImages.For(style.Format);
        return Results.File(bytes, contentType);
    }

    public static IResult Template(string style)
    {
        return PortraitStyles.Find(Path.GetFileNameWithoutExtension(style)) is not null && style.EndsWith(".png", StringComparison.Ordinal)
            ? Results.File(PortraitSampleImages.Png.ToArray(), "image/png")
            : Results.Text("No such template.", "text/plain", statusCode: StatusCodes.Status404NotFound);
    }
}
