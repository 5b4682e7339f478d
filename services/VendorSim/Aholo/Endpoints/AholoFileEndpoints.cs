using System.Globalization;
using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Files;
using GenerationGateway.VendorSim.Aholo.Projects;
using GenerationGateway.VendorSim.Aholo.Uploads;
using GenerationGateway.VendorSim.Downloads;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary>
/// <c>GET /aholo/files/{token}/{name}</c>: uploaded files and results behind signed links (403 expired or forged,
/// 404 unknown); <c>GET /aholo/samples/{name}</c>: sample capture files (<c>.png</c> views, <c>?w=&amp;h=</c>; a <c>.mp4</c> stub).
/// </summary>
public static class AholoFileEndpoints
{
    public const int SplatVertices = 512;

    public static IResult File(
        string token, string name, HttpContext context, AholoScriptedFaults faults, DownloadTokens tokens, AholoUploadStorage storage,
        AholoProjectStore projects, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(AholoFaultEndpoints.Files) is { } fault)
        {
            return Results.Text($"Injected HTTP {fault.Status}.", "text/plain", statusCode: fault.Status);
        }

        switch (tokens.Check(token, name, time.GetUtcNow(), out var resource))
        {
            case DownloadTokenStatus.Expired:
                return Results.Text("Request has expired.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
            case DownloadTokenStatus.Invalid:
                return Results.Text("Signature does not match.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        if (resource.StartsWith(AholoLinks.UploadPrefix, StringComparison.Ordinal)
            && storage.FindFile(resource[AholoLinks.UploadPrefix.Length..]) is { } file)
        {
            return Results.File(file.Bytes, "application/octet-stream");
        }

        if (resource.StartsWith(AholoLinks.ResultPrefix, StringComparison.Ordinal)
            && projects.Find(resource[AholoLinks.ResultPrefix.Length..]) is { } project)
        {
            return Path.GetExtension(name) switch
            {
                ".ply" => Results.File(SplatPlyWriter.Write(SplatVertices, project.Id[0]), SplatPlyWriter.ContentType),
                ".spz" => Results.File(PlaceholderFile.For("SPZ", project.Id), PlaceholderFile.ContentType),
                ".sog" => Results.File(PlaceholderFile.For("SOG", project.Id), PlaceholderFile.ContentType),
                _ => NotFound(),
            };
        }

        return NotFound();
    }

    public static IResult Sample(string name, int? w, int? h)
    {
        var (width, height) = (w ?? 64, h ?? 48);
        if (width is < 1 or > 4096 || height is < 1 or > 4096)
        {
            return Results.Text("w and h must be from 1 to 4096.", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        return Path.GetExtension(name).ToUpperInvariant() switch
        {
            ".PNG" => Results.File(SamplePng.Write(width, height, string.Create(CultureInfo.InvariantCulture, $"{name}:{width}x{height}")), SamplePng.ContentType),
            ".MP4" => Results.File(SampleMp4.Write(12, name), SampleMp4.ContentType),
            _ => NotFound(),
        };
    }

    private static IResult NotFound() => Results.Text("No such file.", "text/plain", statusCode: StatusCodes.Status404NotFound);
}
