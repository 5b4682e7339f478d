using System.Security.Cryptography;
using GenerationGateway.Adapters.Aholo.Media;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// Downloads an input through the egress guard to a temporary file, hashing it on the way (the upload host wants the MD5
/// first) and reading its size from its headers. An input that cannot be fetched (the guard retried it) is permanent.
/// </summary>
public sealed class AholoInputFetcher(EgressFetcher fetcher, IOptions<AholoOptions> options)
{
    public async Task<AholoInputFile> FetchAsync(AholoInput input, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var maxBytes = input.Kind == AholoInputKind.Image ? options.Value.MaxImageBytes : options.Value.MaxVideoBytes;
        var path = System.IO.Path.GetTempFileName();
        try
        {
            var (size, md5, contentType) = await DownloadAsync(input, path, maxBytes, cancellationToken);
            var (width, height, duration) = await MetaAsync(path, input.Kind, cancellationToken);
            return new AholoInputFile(path, NameOf(input, index, contentType), input.Kind, size, md5) { Width = width, Height = height, Duration = duration };
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    // Through the egress guard, never the vendor's client: nothing signed leaves for another host.
    async Task<(long Size, string Md5, string? ContentType)> DownloadAsync(AholoInput input, string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            return await fetcher.GetAsync(input.Url, EgressPurpose.Input, async (response, token) =>
            {
                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    throw Rejected(input, $"is larger than {maxBytes} bytes");
                }

                using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
                await using var source = await response.Content.ReadAsStreamAsync(token);
                await using var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81_920, useAsync: true);
                var buffer = new byte[81_920];
                long size = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, token)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw Rejected(input, $"is larger than {maxBytes} bytes");
                    }

                    md5.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), token);
                }

                if (size == 0)
                {
                    throw Rejected(input, "is empty");
                }

                return (size, Convert.ToHexStringLower(md5.GetHashAndReset()), response.Content.Headers.ContentType?.MediaType);
            }, cancellationToken);
        }
        catch (EgressException exception)
        {
            throw InputFetchFailures.From($"Input {input.Field}", exception);
        }
    }

    /// <summary>An image's width and height or a video's duration, when its headers tell.</summary>
    static async Task<(int? Width, int? Height, double? Duration)> MetaAsync(string path, AholoInputKind kind, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        if (kind == AholoInputKind.Image)
        {
            var size = await ImageSize.ReadAsync(stream, cancellationToken);
            return (size?.Width, size?.Height, null);
        }

        return (null, null, await Mp4Duration.ReadAsync(stream, cancellationToken));
    }

    static string NameOf(AholoInput input, int index, string? contentType)
    {
        var name = Uri.UnescapeDataString(System.IO.Path.GetFileName(input.Url.AbsolutePath));
        if (System.IO.Path.HasExtension(name))
        {
            return name;
        }

        var extension = contentType switch
        {
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/webp" => ".webp",
            "video/quicktime" => ".mov",
            _ => input.Kind == AholoInputKind.Image ? ".jpg" : ".mp4",
        };
        return $"input-{index}{extension}";
    }

    static VendorCallException Rejected(AholoInput input, string detail) =>
        new(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Input {input.Field} {detail}.");
}
