using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.SeaArt.Faults;
using GenerationGateway.VendorSim.SeaArt.Files;
using GenerationGateway.VendorSim.SeaArt.Tasks;

namespace GenerationGateway.VendorSim.SeaArt.Endpoints;

/// <summary>
/// <c>GET /seaart/files/{token}/{name}</c>: the file host behind result URLs. No API key (the signed URL is the
/// credential); 403 once expired or when the token does not match, 404 for an unknown task or file.
/// </summary>
public static class SeaArtFileEndpoint
{
    public static IResult Handle(
        string token, string name, HttpContext context, SeaArtScriptedFaults faults, SeaArtTaskStore store, DownloadTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(SeaArtFaultEndpoints.Files) is { } fault)
        {
            return SeaArtScriptedFaults.Answer(fault, context);
        }

        switch (tokens.Check(token, name, time.GetUtcNow(), out var taskId))
        {
            case DownloadTokenStatus.Expired:
                return Results.Text("Request has expired.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
            case DownloadTokenStatus.Invalid:
                return Results.Text("Signature does not match.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        if (store.Find(taskId) is not { } task || !task.HasFile(name) || SeaArtFileContent.Render(task, name) is not var (bytes, contentType))
        {
            return Results.Text("No such file.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(bytes, contentType);
    }
}
