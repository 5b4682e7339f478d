using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Files;
using GenerationGateway.VendorSim.DashScope.Tasks;
using GenerationGateway.VendorSim.Downloads;

namespace GenerationGateway.VendorSim.DashScope.Endpoints;

/// <summary>
/// <c>GET /dashscope/files/{token}/{name}</c>: the object store behind <c>ply_url</c>. No API key (the signed URL is the
/// credential); 403 OSS-style XML once expired or when the signature does not match; 404 for an unknown task.
/// </summary>
public static class DashScopeFileEndpoint
{
    private const string Xml = "application/xml";

    public static IResult Handle(string token, string name, DashScopeScriptedFaults faults, Gen3dTaskStore store, DownloadTokens tokens, TimeProvider time)
    {
        if (faults.TakeRequestFault(DashScopeFaultEndpoints.Files) is { } fault)
        {
            return Results.Text(OssError("InjectedFault", $"Injected HTTP {fault.Status}."), Xml, statusCode: fault.Status);
        }

        switch (tokens.Check(token, name, time.GetUtcNow(), out var taskId))
        {
            case DownloadTokenStatus.Expired:
                return Results.Text(OssError("AccessDenied", "Request has expired."), Xml, statusCode: StatusCodes.Status403Forbidden);
            case DownloadTokenStatus.Invalid:
                return Results.Text(OssError("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided."), Xml, statusCode: StatusCodes.Status403Forbidden);
        }

        if (store.Find(taskId) is null || name != PlyCharacter.FileName)
        {
            return Results.Text(OssError("NoSuchKey", "The specified key does not exist."), Xml, statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(PlyCharacter.Bytes, "application/octet-stream");
    }

    private static string OssError(string code, string message) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>{code}</Code>\n  <Message>{message}</Message>\n</Error>\n";
}
