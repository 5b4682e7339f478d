using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.S3;

/// <summary>
/// Keeps assets as objects in an S3-compatible bucket, the content type with each object. An asset is read into a
/// part-sized buffer: one that ends within the first part goes up in one PUT, a larger one as a multipart upload of
/// such parts, so memory stays at one part per upload whatever the asset's size. Past the size limit nothing is
/// completed (a multipart upload is aborted), so a key keeps what it had.
/// </summary>
public sealed class S3AssetStore : IAssetStore
{
    readonly S3ObjectClient _client;
    readonly AssetStoreOptions _options;
    readonly string _keyPrefix;
    readonly int _bufferSize;
    readonly ILogger<S3AssetStore> _logger;

    public S3AssetStore(S3ObjectClient client, IOptions<AssetStoreOptions> options, IOptions<S3AssetStoreOptions> s3Options, ILogger<S3AssetStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(s3Options);
        _client = client;
        _options = options.Value;
        var prefix = s3Options.Value.KeyPrefix;
        _keyPrefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
        // A part, or one byte past the limit when that is less: enough to tell that an asset is too large.
        _bufferSize = _options.MaxAssetBytes < s3Options.Value.PartSizeBytes ? (int)_options.MaxAssetBytes + 1 : s3Options.Value.PartSizeBytes;
        _logger = logger;
    }

    public async Task<StoredAsset> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        AssetKey.EnsureValid(key);
        var objectKey = _keyPrefix + key;

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(_bufferSize);
        try
        {
            var read = await FillAsync(content, buffer, key, 0, cancellationToken);
            hash.AppendData(buffer, 0, read);
            if (read < _bufferSize)
            {
                var digest = hash.GetHashAndReset();
                await _client.PutObjectAsync(objectKey, buffer.AsMemory(0, read), Convert.ToHexStringLower(digest), contentType, cancellationToken);
                return Stored(key, read, contentType, digest);
            }

            var size = await PutMultipartAsync(objectKey, key, content, contentType, buffer, read, hash, cancellationToken);
            return Stored(key, size, contentType, hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<StoredAssetContent?> OpenAsync(string key, CancellationToken cancellationToken) =>
        AssetKey.IsValid(key) ? await _client.GetObjectAsync(_keyPrefix + key, cancellationToken) : null;

    /// <summary>Uploads the full first part in <paramref name="buffer"/>, then the rest of the stream part by part; returns the size.</summary>
    async Task<long> PutMultipartAsync(
        string objectKey, string key, Stream content, string contentType, byte[] buffer, int firstPart, IncrementalHash hash, CancellationToken cancellationToken)
    {
        var uploadId = await _client.CreateMultipartUploadAsync(objectKey, contentType, cancellationToken);
        try
        {
            var parts = new List<S3UploadedPart>();
            long size = firstPart;
            var read = firstPart;
            while (read > 0)
            {
                var part = buffer.AsMemory(0, read);
                parts.Add(await _client.UploadPartAsync(objectKey, uploadId, parts.Count + 1, part, SignatureV4Signer.Sha256Hex(part.Span), cancellationToken));
                read = await FillAsync(content, buffer, key, size, cancellationToken);
                size += read;
                hash.AppendData(buffer, 0, read);
            }

            await _client.CompleteMultipartUploadAsync(objectKey, uploadId, parts, cancellationToken);
            return size;
        }
        catch
        {
            await AbortAsync(objectKey, uploadId);
            throw;
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends; throws as soon as the asset passes the size limit.</summary>
    async Task<int> FillAsync(Stream content, byte[] buffer, string key, long before, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < _bufferSize)
        {
            var read = await content.ReadAsync(buffer.AsMemory(filled, _bufferSize - filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
            if (before + filled > _options.MaxAssetBytes)
            {
                throw new AssetTooLargeException(key, _options.MaxAssetBytes);
            }
        }

        return filled;
    }

    /// <summary>
    /// Best effort: the upload already failed and that failure is what the caller sees. Parts of an upload neither
    /// completed nor aborted stay billed until the bucket's lifecycle rule removes them (README).
    /// </summary>
    async Task AbortAsync(string objectKey, string uploadId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _client.AbortMultipartUploadAsync(objectKey, uploadId, timeout.Token);
        }
        catch (Exception exception) when (exception is S3RequestException or OperationCanceledException)
        {
            _logger.LogWarning(exception, "Could not abort multipart upload {UploadId} of {ObjectKey}", uploadId, objectKey);
        }
    }

    StoredAsset Stored(string key, long size, string contentType, byte[] digest) => new()
    {
        Key = key,
        Url = new Uri(_options.PublicBaseUrl, key),
        SizeBytes = size,
        ContentType = contentType,
        Checksum = "sha256:" + Convert.ToHexStringLower(digest),
    };
}
