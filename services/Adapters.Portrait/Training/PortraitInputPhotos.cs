using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Training;

/// <summary>
/// Fetches the request's photos from their URLs through the egress guard (never the vendor's client, so the AppCode never
/// leaves for another host), ready to upload. Fetching happens before any paid call: a photo that cannot be fetched (the
/// guard retried it) fails the request as input-unavailable.
/// </summary>
public sealed class PortraitInputPhotos(EgressFetcher fetcher, IOptions<PortraitOptions> options)
{
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
            return await fetcher.GetAsync(url, EgressPurpose.Input, async (response, token) =>
            {
                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    throw TooLarge(field, maxBytes);
                }

                var bytes = await BoundedContent.ReadAsync(response.Content, maxBytes, token) ?? throw TooLarge(field, maxBytes);
                var contentType = response.Content.Headers.ContentType?.MediaType is { } type && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                    ? type
                    : ContentTypeOf(Path.GetExtension(url.AbsolutePath));
                return new PortraitPhoto(FileNameOf(url, index, contentType), contentType, bytes);
            }, cancellationToken);
        }
        catch (EgressException exception)
        {
            throw InputFetchFailures.From($"Photo {field}", exception);
        }
    }

    static VendorCallException TooLarge(string field, long maxBytes) =>
        new(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Photo {field} is larger than {maxBytes} bytes.");

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
