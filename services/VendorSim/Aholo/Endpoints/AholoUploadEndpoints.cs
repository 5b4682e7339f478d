using System.Globalization;
using System.Text.Json;
using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Responses;
using GenerationGateway.VendorSim.Aholo.Uploads;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary>
/// The upload host (OUS, docs/vendors/aholo.md §4): <c>single/upload</c>, <c>block/upload/init|part|abort</c>, every call
/// authorized by the <c>ous-token-v2</c> header alone (no signature).
/// </summary>
public static class AholoUploadEndpoints
{
    public static async Task<IResult> SingleAsync(HttpContext context, AholoScriptedFaults faults, AholoUploadStorage storage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.SingleUpload) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        var form = await AholoRequestBodies.FormAsync(context.Request, context.RequestAborted);
        if (form?.Files.GetFile("file") is not { } file)
        {
            return AholoResults.InvalidParameter("multipart/form-data with a file part named file is required.");
        }

        var bytes = await AholoRequestBodies.BytesAsync(file, context.RequestAborted);
        var name = string.IsNullOrWhiteSpace(file.FileName) ? "file" : file.FileName;
        var outcome = storage.Whole(Token(context), name, form["md5"].FirstOrDefault(), bytes);
        return outcome.IsSuccess
            ? AholoResults.Ok(new AholoUploadData(outcome.Upload!.TaskId, null, 100))
            : AholoResults.Error(outcome.Code, outcome.Message!);
    }

    /// <summary>Reads md5, blocks, size and name from the query string and from a JSON or form body (the query wins).</summary>
    public static async Task<IResult> InitAsync(HttpContext context, AholoScriptedFaults faults, AholoUploadStorage storage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.BlockInit) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        var fields = await BodyFieldsAsync(context.Request, context.RequestAborted);
        string? Field(string name) => context.Request.Query[name].FirstOrDefault() is { Length: > 0 } query ? query : fields.GetValueOrDefault(name);

        var outcome = storage.Init(Token(context), new AholoBlockInitRequest(Field("md5"), Long(Field("size")), (int?)Long(Field("blocks")), Field("name")));
        if (!outcome.IsSuccess)
        {
            return AholoResults.Error(outcome.Code, outcome.Message!);
        }

        var upload = outcome.Upload!;
        var progress = upload.Deduplicated ? 100 : upload.Received.Count * 100 / upload.Blocks;
        return AholoResults.Ok(new AholoBlockInitData(upload.TaskId, outcome.LackBlocks, progress, upload.Deduplicated, null));
    }

    public static async Task<IResult> PartAsync(HttpContext context, AholoScriptedFaults faults, AholoUploadStorage storage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.BlockPart) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        var form = await AholoRequestBodies.FormAsync(context.Request, context.RequestAborted);
        if (form?.Files.GetFile("file") is not { } file)
        {
            return AholoResults.InvalidParameter("multipart/form-data with the fields block and file is required.");
        }

        var bytes = await AholoRequestBodies.BytesAsync(file, context.RequestAborted);
        var outcome = storage.Part(Token(context), (int?)Long(form["block"].FirstOrDefault()), bytes);
        if (!outcome.IsSuccess)
        {
            return AholoResults.Error(outcome.Code, outcome.Message!);
        }

        storage.StatusOf(outcome.Upload!, out var progress);
        return AholoResults.Ok(new AholoUploadData(outcome.Upload!.TaskId, null, progress));
    }

    public static IResult Abort(HttpContext context, AholoUploadStorage storage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = storage.Abort(Token(context));
        return outcome.IsSuccess ? AholoResults.Ok(null) : AholoResults.Error(outcome.Code, outcome.Message!);
    }

    public static string? Token(HttpContext context) => context.Request.Headers[AholoRoutes.TokenHeader].FirstOrDefault();

    private static async Task<Dictionary<string, string>> BodyFieldsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await AholoRequestBodies.FormAsync(request, cancellationToken) is { } form)
        {
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }
        }
        else if (await AholoRequestBodies.JsonAsync(request, cancellationToken) is { ValueKind: JsonValueKind.Object } json)
        {
            foreach (var property in json.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return fields;
    }

    private static long? Long(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
