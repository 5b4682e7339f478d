using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>
/// <c>POST /cloud/upload_file</c>, multipart with the photo in part <c>file</c> (the part name is a guess,
/// docs/vendors/portrait.md §3): answers the storage path <c>user_upload/{account}/{guid}.{jpg|png|webp}</c>.
/// </summary>
public static class PortraitUploadEndpoint
{
    public const string FilePart = "file";

    public static async Task<IResult> HandleAsync(
        HttpContext context, PortraitScriptedFaults faults, PortraitSimStore store, IOptions<PortraitSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(PortraitFaultEndpoints.Upload) is { } fault)
        {
            return PortraitResults.Injected(fault, context);
        }

        var settings = options.Value;
        var request = context.Request;
        if (request.ContentLength > settings.MaxUploadBytes)
        {
            return PortraitResults.Gateway(context, StatusCodes.Status413PayloadTooLarge, "I413RL Request body too Large");
        }

        if (!request.HasFormContentType)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "upload_file takes multipart/form-data with the photo in a part named 'file'.");
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(context.RequestAborted)).Files.GetFile(FilePart);
        }
        catch (InvalidDataException ex)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, $"The multipart body could not be read: {ex.Message}");
        }

        if (file is null || file.Length == 0)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "No photo: send it in a multipart part named 'file'.");
        }

        if (file.Length > settings.MaxUploadBytes)
        {
            return PortraitResults.Gateway(context, StatusCodes.Status413PayloadTooLarge, "I413RL Request body too Large");
        }

        var head = new byte[12];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, context.RequestAborted);
        }

        if (ExtensionOf(head) is not { } extension)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "The file is not a JPEG, PNG or WebP image.");
        }

        var path = $"user_upload/{settings.AccountId}/{Guid.NewGuid()}.{extension}";
        store.AddUpload(path);
        return PortraitResults.Ok(path);
    }

    private static string? ExtensionOf(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "jpg",
        [0x89, 0x50, 0x4E, 0x47, ..] => "png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50] => "webp",
        _ => null,
    };
}
