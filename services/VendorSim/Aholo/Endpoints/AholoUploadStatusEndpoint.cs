using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Responses;
using GenerationGateway.VendorSim.Aholo.Uploads;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary>
/// <c>GET upload/status</c> with only the <c>ous-token-v2</c> header: the bound upload's status (1 receiving,
/// 3 processing, 5 with url, 6/8 with errorCode and errorMsg); code 12 when the token has no upload or is dead.
/// </summary>
public static class AholoUploadStatusEndpoint
{
    public static IResult Handle(HttpContext context, AholoScriptedFaults faults, AholoUploadStorage storage, AholoLinks links)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.UploadStatus) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        var outcome = storage.Status(AholoUploadEndpoints.Token(context));
        if (!outcome.IsSuccess)
        {
            return AholoResults.Error(outcome.Code, outcome.Message!);
        }

        var upload = outcome.Upload!;
        var status = storage.StatusOf(upload, out var progress);
        var done = status == AholoUploadStatuses.Success && upload.File is not null;
        var failed = status is AholoUploadStatuses.Failed or AholoUploadStatuses.Rejected;
        return AholoResults.Ok(new AholoUploadStatusData(
            status,
            upload.TaskId,
            progress,
            done ? links.Upload(context.Request, upload.File!).AbsoluteUri : null,
            done ? upload.File!.Id : null,
            done ? upload.File!.Md5 : null,
            null,
            failed ? upload.ErrorCode : null,
            failed ? upload.ErrorMessage : null));
    }
}
