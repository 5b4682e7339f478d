using System.Net;
using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Training;

/// <summary>
/// Fetches the request's photos from their URLs, ready to upload. Fetching happens before any paid call: a photo
/// its host refuses (4xx) fails the request as input-unavailable; a host that fails for now is retried.
/// </summary>
public sealed class PortraitInputPhotos(IHttpClientFactory httpClientFactory, IOptions<PortraitOptions> options)
{
    /// <summary>The named client photos are fetched with: never the vendor's client, so the AppCode never leaves for another host.</summary>
    public const string HttpClientName = "portrait-input-photos";

    public async Task<PortraitPhoto> FetchAsync(InputImage image, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var field = $"inputs.images[{index}]";
        if (image.Url is null || !Uri.TryCreate(image.Url, UriKind.Absolute, out var url))
        {
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Photo {field} has no absolute URL.");
        }

        var maxBytes = options.Value.MaxImageBytes;
        try
        {
            using var http = httpClientFactory.CreateClient(HttpClientName);
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw (int)response.StatusCode is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests
                    ? new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Photo {field} answered HTTP {(int)response.StatusCode}.")
                    : Unavailable(field, $"HTTP {(int)response.StatusCode}", null);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge(field, maxBytes);
            }

            var bytes = await BoundedContent.ReadAsync(response.Content, maxBytes, cancellationToken) ?? throw TooLarge(field, maxBytes);
            var contentType = response.Content.Headers.ContentType?.MediaType is { } type && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                ? type
                : ContentTypeOf(Path.GetExtension(url.AbsolutePath));
            return new PortraitPhoto(FileNameOf(url, index, contentType), contentType, bytes);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable(field, exception.Message, exception);
        }
    }

    static VendorCallException TooLarge(string field, long maxBytes) =>
        new(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Photo {field} is larger than {maxBytes} bytes.");

    static VendorCallException Unavailable(string field, string detail, Exception? inner) =>
        new(VendorErrorKind.Unavailable, FailureReason.InputUnavailable, null, $"Photo {field} could not be fetched: {detail}.", null, inner);

    static string ContentTypeOf(string extension) => extension.ToUpperInvariant() switch
    {
        ".PNG" => "image/png",
        ".WEBP" => "image/webp",
        _ => "image/jpeg",
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
            "image/webp" => ".webp",
            _ => ".jpg",
        };
        return $"photo{index + 1}{extension}";
    }
}
