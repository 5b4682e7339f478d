using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore;

/// <summary>Keeps assets as files under a root directory; a sidecar file holds the content type.</summary>
public sealed class FileSystemAssetStore : IAssetStore
{
    const string ContentTypeSuffix = ".content-type";
    const int BufferSize = 81920;

    readonly AssetStoreOptions _options;
    readonly string _root;

    public FileSystemAssetStore(IOptions<AssetStoreOptions> options)
    {
        _options = options.Value;
        _root = Path.GetFullPath(_options.RootPath);
    }

    public async Task<StoredAsset> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        AssetKey.EnsureValid(key);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.partial";

        long size = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > _options.MaxAssetBytes)
                    {
                        throw new AssetTooLargeException(key, _options.MaxAssetBytes);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
            }

            await File.WriteAllTextAsync(path + ContentTypeSuffix, contentType, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new StoredAsset
        {
            Key = key,
            Url = new Uri(_options.PublicBaseUrl, key),
            SizeBytes = size,
            ContentType = contentType,
            Checksum = "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset()),
        };
    }

    /// <summary>Files are served by Results.Api: no direct download URLs.</summary>
    public Task<Uri?> GetDownloadUrlAsync(string key, CancellationToken cancellationToken) => Task.FromResult<Uri?>(null);

    public async Task<StoredAssetContent?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        if (!AssetKey.IsValid(key))
        {
            return null;
        }

        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        var contentTypePath = path + ContentTypeSuffix;
        var contentType = File.Exists(contentTypePath)
            ? await File.ReadAllTextAsync(contentTypePath, cancellationToken)
            : "application/octet-stream";
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return new StoredAssetContent(stream, contentType, stream.Length);
    }

    string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' leaves the asset root.", nameof(key));
        }

        return path;
    }
}
