using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Tasks;

namespace GenerationGateway.VendorSim.Rodin.Endpoints;

/// <summary>
/// <c>GET /rodin/files/{token}/{name}</c>: the file host behind download URLs. No API key (the URL is the credential);
/// 403 once the link has expired or when the token does not match the name, 404 for an unknown task or file.
/// </summary>
public static class RodinFileEndpoint
{
    public static IResult Handle(
        string token, string name, HttpContext context, RodinScriptedFaults faults, RodinTaskStore store, DownloadTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(RodinFaultEndpoints.Files) is { } fault)
        {
            return Results.Text($"Injected HTTP {fault.Status}.", "text/plain", statusCode: fault.Status);
        }

        switch (tokens.Check(token, name, time.GetUtcNow(), out var taskUuid))
        {
            case DownloadTokenStatus.Expired:
                return Results.Text("Request has expired.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
            case DownloadTokenStatus.Invalid:
                return Results.Text("Signature does not match.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        var file = store.FindByUuid(taskUuid)?.Outputs.FirstOrDefault(o => o.Name == name);
        if (file is null)
        {
            return Results.Text("No such file.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        var (bytes, contentType) = RodinFileContent.Render(file.Kind);
        return Results.File(bytes, contentType);
    }
}
