using System.Net.Http.Headers;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// An input image fetched from its URL through the egress guard, ready to attach: Rodin takes image bytes, not URLs. A
/// fetch that fails happens before any paid call and fails the generation as input-unavailable.
/// </summary>
sealed record RodinInputImage(string FileName, string ContentType, byte[] Bytes)
{
    public static async Task<RodinInputImage> FetchAsync(EgressFetcher fetcher, InputImage image, int index, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        var field = $"inputs.images[{index}]";
        if (image.Url is null || !Uri.TryCreate(image.Url, UriKind.Absolute, out var url))
        {
            var what = image.FileReference is null ? "has no absolute URL" : "is a gateway file reference, which the Rodin adapter cannot read yet";
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Input image {field} {what}.");
        }

        try
        {
            return await fetcher.GetAsync(url, EgressPurpose.Input, async (response, token) =>
            {
                var bytes = await BoundedContent.ReadAsync(response.Content, maxBytes, token) ?? throw TooLarge(field, maxBytes);
                var contentType = response.Content.Headers.ContentType?.MediaType is { } type && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                    ? type
                    : ContentTypeOf(url);
                return new RodinInputImage(FileNameOf(url, index, contentType), contentType, bytes);
            }, cancellationToken);
        }
        catch (EgressException exception)
        {
            throw InputFetchFailures.From($"Input image {field}", exception);
        }
    }

    public ByteArrayContent ToContent()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        return content;
    }

    static VendorCallException TooLarge(string field, long maxBytes) =>
        new(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Input image {field} is larger than {maxBytes} bytes.");

    static string ContentTypeOf(Uri url) => Path.GetExtension(url.AbsolutePath).ToUpperInvariant() switch
    {
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".WEBP" => "image/webp",
        _ => "application/octet-stream",
    };

    static string FileNameOf(Uri url, int index, string contentType)
    {
        var name = Path.GetFileName(url.AbsolutePath);
        if (Path.HasExtension(name))
        {
            return name;
        }

        var extension = contentType switch
        {
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/webp" => ".webp",
            _ => "",
        };
        return $"image{index}{extension}";
    }
}
