using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.S3;

/// <summary>
/// Keeps assets as objects in an S3-compatible bucket (through the AWS SDK), the content type with each object. An
/// asset is read into a part-sized buffer: one that ends within the first part goes up in one PUT, a larger one as a
/// multipart upload of such parts, so memory stays at one part per upload whatever the asset's size. Past the size
/// limit nothing is completed (a multipart upload is aborted), so a key keeps what it had.
/// </summary>
public sealed class S3AssetStore : IAssetStore
{
    /// <summary>The service key of the store's <see cref="IAmazonS3"/>, so it never collides with another S3 client.</summary>
    public const string ClientKey = "GenerationGateway.AssetStore";

    readonly IAmazonS3 _client;
    readonly AssetStoreOptions _options;
    readonly S3AssetStoreOptions _s3;
    readonly string _keyPrefix;
    readonly int _bufferSize;
    readonly TimeProvider _time;
    readonly ILogger<S3AssetStore> _logger;

    public S3AssetStore(
        [FromKeyedServices(ClientKey)] IAmazonS3 client,
        IOptions<AssetStoreOptions> options,
        IOptions<S3AssetStoreOptions> s3Options,
        TimeProvider time,
        ILogger<S3AssetStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(s3Options);
        _client = client;
        _options = options.Value;
        _s3 = s3Options.Value;
        _keyPrefix = _s3.KeyPrefix.Length == 0 || _s3.KeyPrefix.EndsWith('/') ? _s3.KeyPrefix : _s3.KeyPrefix + "/";
        // A part, or one byte past the limit when that is less: enough to tell that an asset is too large.
        _bufferSize = _options.MaxAssetBytes < _s3.PartSizeBytes ? (int)_options.MaxAssetBytes + 1 : _s3.PartSizeBytes;
        _time = time;
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
                await _client.PutObjectAsync(Encrypted(new PutObjectRequest
                {
                    BucketName = _s3.Bucket,
                    Key = objectKey,
                    InputStream = new MemoryStream(buffer, 0, read, writable: false),
                    AutoCloseStream = false,
                    ContentType = contentType,
                    // The SHA-256 of the whole body, signed: the store refuses a body changed on the way.
                    UseChunkEncoding = false,
                }), cancellationToken);
                return Stored(key, read, contentType, hash.GetHashAndReset());
            }

            var size = await PutMultipartAsync(objectKey, key, content, contentType, buffer, read, hash, cancellationToken);
            return Stored(key, size, contentType, hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<StoredAssetContent?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        if (!AssetKey.IsValid(key))
        {
            return null;
        }

        try
        {
            var response = await _client.GetObjectAsync(_s3.Bucket, _keyPrefix + key, cancellationToken);
            return new StoredAssetContent(response.ResponseStream, response.Headers.ContentType, response.ContentLength);
        }
        catch (AmazonS3Exception exception) when (exception.ErrorCode == "NoSuchKey")
        {
            return null;
        }
    }

    /// <summary>With <see cref="S3AssetStoreOptions.PresignDownloads"/>, a presigned GET URL of a stored asset; otherwise null.</summary>
    public async Task<Uri?> GetDownloadUrlAsync(string key, CancellationToken cancellationToken)
    {
        if (!_s3.PresignDownloads || !AssetKey.IsValid(key))
        {
            return null;
        }

        try
        {
            // A missing asset answers 404 from the gateway, not an S3 error page after the redirect.
            await _client.GetObjectMetadataAsync(_s3.Bucket, _keyPrefix + key, cancellationToken);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound && exception.ErrorCode is "NotFound" or "NoSuchKey")
        {
            return null;
        }

        var url = await _client.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = _s3.Bucket,
            Key = _keyPrefix + key,
            Verb = HttpVerb.GET,
            Expires = _time.GetUtcNow().Add(_s3.PresignedUrlLifetime).UtcDateTime,
            Protocol = _s3.ServiceUrl?.Scheme == Uri.UriSchemeHttp ? Protocol.HTTP : Protocol.HTTPS,
        });
        return new Uri(url);
    }

    /// <summary>Uploads the full first part in <paramref name="buffer"/>, then the rest of the stream part by part; returns the size.</summary>
    async Task<long> PutMultipartAsync(
        string objectKey, string key, Stream content, string contentType, byte[] buffer, int firstPart, IncrementalHash hash, CancellationToken cancellationToken)
    {
        var upload = await _client.InitiateMultipartUploadAsync(
            Encrypted(new InitiateMultipartUploadRequest { BucketName = _s3.Bucket, Key = objectKey, ContentType = contentType }), cancellationToken);
        try
        {
            var parts = new List<PartETag>();
            long size = firstPart;
            var read = firstPart;
            while (read > 0)
            {
                var part = await _client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = _s3.Bucket,
                    Key = objectKey,
                    UploadId = upload.UploadId,
                    PartNumber = parts.Count + 1,
                    InputStream = new MemoryStream(buffer, 0, read, writable: false),
                    PartSize = read,
                    UseChunkEncoding = false,
                }, cancellationToken);
                parts.Add(new PartETag(parts.Count + 1, part.ETag));
                read = await FillAsync(content, buffer, key, size, cancellationToken);
                size += read;
                hash.AppendData(buffer, 0, read);
            }

            await _client.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = _s3.Bucket, Key = objectKey, UploadId = upload.UploadId, PartETags = parts },
                cancellationToken);
            return size;
        }
        catch
        {
            await AbortAsync(objectKey, upload.UploadId);
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
            await _client.AbortMultipartUploadAsync(_s3.Bucket, objectKey, uploadId, timeout.Token);
        }
        catch (Exception exception) when (exception is AmazonServiceException or OperationCanceledException)
        {
            _logger.LogWarning(exception, "Could not abort multipart upload {UploadId} of {ObjectKey}", uploadId, objectKey);
        }
    }

    T Encrypted<T>(T request)
        where T : AmazonWebServiceRequest
    {
        if (_s3.ServerSideEncryption.Length == 0)
        {
            return request;
        }

        var method = ServerSideEncryptionMethod.FindValue(_s3.ServerSideEncryption);
        var kmsKeyId = _s3.KmsKeyId.Length > 0 ? _s3.KmsKeyId : null;
        switch (request)
        {
            case PutObjectRequest put:
                (put.ServerSideEncryptionMethod, put.ServerSideEncryptionKeyManagementServiceKeyId) = (method, kmsKeyId);
                break;
            case InitiateMultipartUploadRequest initiate:
                (initiate.ServerSideEncryptionMethod, initiate.ServerSideEncryptionKeyManagementServiceKeyId) = (method, kmsKeyId);
                break;
        }

        return request;
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
