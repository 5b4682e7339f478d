using System.Net;
using System.Net.Http.Headers;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// An input image fetched from its URL, ready to attach: Rodin takes image bytes, not URLs. A fetch
/// that fails happens before any paid call, so it is never reported as a vendor failure.
/// </summary>
sealed record RodinInputImage(string FileName, string ContentType, byte[] Bytes)
{
    public static async Task<RodinInputImage> FetchAsync(HttpClient http, InputImage image, int index, long maxBytes, CancellationToken cancellationToken)
    {
        var field = $"inputs.images[{index}]";
        if (image.Url is null || !Uri.TryCreate(image.Url, UriKind.Absolute, out var url))
        {
            var what = image.FileReference is null ? "has no absolute URL" : "is a gateway file reference, which the Rodin adapter cannot read yet";
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Input image {field} {what}.");
        }

        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw (int)response.StatusCode is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests
                    ? new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Input image {field} answered HTTP {(int)response.StatusCode}.")
                    : Unavailable(field, $"HTTP {(int)response.StatusCode}", null);
            }

            var bytes = await BoundedContent.ReadAsync(response.Content, maxBytes, cancellationToken) ?? throw TooLarge(field, maxBytes);
            var contentType = response.Content.Headers.ContentType?.MediaType is { } type && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                ? type
                : ContentTypeOf(url);
            return new RodinInputImage(FileNameOf(url, index, contentType), contentType, bytes);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable(field, exception.Message, exception);
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

    // Throttled: nothing was sent to Rodin, so the submit may safely run again later.
    static VendorCallException Unavailable(string field, string detail, Exception? inner) =>
        new(VendorErrorKind.Throttled, FailureReason.InputUnavailable, null, $"Input image {field} could not be fetched: {detail}.", null, inner);

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
