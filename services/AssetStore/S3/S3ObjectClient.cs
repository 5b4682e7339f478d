using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.S3;

/// <summary>
/// The typed client of the S3 REST API, for the object calls the asset store makes. Every request is signed with
/// Signature Version 4 and carries the SHA-256 of its body, so the store rejects a body changed on the way.
/// </summary>
public sealed class S3ObjectClient
{
    public const string OctetStream = "application/octet-stream";

    const string CredentialsHint = $" Check {S3AssetStoreOptions.SectionName}:AccessKeyId and SecretAccessKey, and the key's permissions on the bucket.";

    readonly HttpClient _http;
    readonly S3AssetStoreOptions _options;
    readonly SignatureV4Signer _signer;
    readonly TimeProvider _time;
    readonly string _objectBase;

    public S3ObjectClient(HttpClient http, IOptions<S3AssetStoreOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _signer = new SignatureV4Signer(_options.AccessKeyId, _options.SecretAccessKey, _options.Region);
        _time = time;

        var endpoint = _options.Endpoint;
        var basePath = endpoint.AbsolutePath.TrimEnd('/');
        _objectBase = _options.ForcePathStyle
            ? $"{endpoint.Scheme}://{endpoint.Authority}{basePath}/{_options.Bucket}/"
            : $"{endpoint.Scheme}://{_options.Bucket}.{endpoint.Authority}{basePath}/";
    }

    /// <summary>PutObject: the whole object in one request.</summary>
    public async Task PutObjectAsync(string key, ReadOnlyMemory<byte> content, string payloadHash, string contentType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, ObjectUri(key)) { Content = Body(content, contentType) };
        using var response = await SendAsync(request, payloadHash, "PutObject", key, cancellationToken);
    }

    /// <summary>CreateMultipartUpload: the content type is given here and kept with the object.</summary>
    public async Task<string> CreateMultipartUploadAsync(string key, string contentType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ObjectUri(key, "?uploads")) { Content = Body(ReadOnlyMemory<byte>.Empty, contentType) };
        using var response = await SendAsync(request, SignatureV4Signer.EmptyPayloadHash, "CreateMultipartUpload", key, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return S3Xml.UploadId(body) is { Length: > 0 } uploadId
            ? uploadId
            : throw Unexpected("CreateMultipartUpload", key, response.StatusCode, "answered without an UploadId");
    }

    public async Task<S3UploadedPart> UploadPartAsync(
        string key, string uploadId, int partNumber, ReadOnlyMemory<byte> content, string payloadHash, CancellationToken cancellationToken)
    {
        var query = $"?partNumber={partNumber.ToString(CultureInfo.InvariantCulture)}&uploadId={Uri.EscapeDataString(uploadId)}";
        using var request = new HttpRequestMessage(HttpMethod.Put, ObjectUri(key, query)) { Content = Body(content, contentType: null) };
        using var response = await SendAsync(request, payloadHash, "UploadPart", key, cancellationToken);
        return response.Headers.NonValidated.TryGetValues("ETag", out var etag) && etag.ToString() is { Length: > 0 } value
            ? new S3UploadedPart(partNumber, value)
            : throw Unexpected("UploadPart", key, response.StatusCode, "answered without an ETag");
    }

    /// <summary>CompleteMultipartUpload; S3 may answer 200 with an error in the body, which throws too.</summary>
    public async Task CompleteMultipartUploadAsync(string key, string uploadId, IReadOnlyCollection<S3UploadedPart> parts, CancellationToken cancellationToken)
    {
        var xml = Encoding.UTF8.GetBytes(S3Xml.CompleteMultipartUpload(parts));
        using var request = new HttpRequestMessage(HttpMethod.Post, ObjectUri(key, $"?uploadId={Uri.EscapeDataString(uploadId)}"))
        {
            Content = Body(xml, "application/xml"),
        };
        using var response = await SendAsync(request, SignatureV4Signer.Sha256Hex(xml), "CompleteMultipartUpload", key, cancellationToken);
        var (code, message) = S3Xml.Error(await response.Content.ReadAsStringAsync(cancellationToken));
        if (code is not null)
        {
            throw Failure("CompleteMultipartUpload", key, response.StatusCode, code, message);
        }
    }

    /// <summary>AbortMultipartUpload: the parts uploaded so far are deleted.</summary>
    public async Task AbortMultipartUploadAsync(string key, string uploadId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, ObjectUri(key, $"?uploadId={Uri.EscapeDataString(uploadId)}"));
        using var response = await SendAsync(request, SignatureV4Signer.EmptyPayloadHash, "AbortMultipartUpload", key, cancellationToken);
    }

    /// <summary>GetObject, streamed: null when there is no such key (a missing bucket throws).</summary>
    public async Task<StoredAssetContent?> GetObjectAsync(string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ObjectUri(key));
        _signer.Sign(request, SignatureV4Signer.EmptyPayloadHash, _time.GetUtcNow());
        var response = await SendAsync(request, "GetObject", key, cancellationToken);
        try
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                var (code, message) = S3Xml.Error(await response.Content.ReadAsStringAsync(cancellationToken));
                if (code == "NoSuchBucket")
                {
                    throw Failure("GetObject", key, response.StatusCode, code, message);
                }

                response.Dispose();
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(response, "GetObject", key, cancellationToken);
            }

            var length = response.Content.Headers.ContentLength
                ?? throw Unexpected("GetObject", key, response.StatusCode, "answered without Content-Length");
            var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : OctetStream;
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new StoredAssetContent(stream, contentType, length);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    Uri ObjectUri(string key, string query = "") => new(_objectBase + SignatureV4Signer.EncodePath(key) + query);

    static ReadOnlyMemoryContent Body(ReadOnlyMemory<byte> content, string? contentType)
    {
        var body = new ReadOnlyMemoryContent(content);
        if (contentType is not null)
        {
            // As given: the store keeps the exact string and returns it on download.
            body.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return body;
    }

    /// <summary>Signs and sends; a response that is not a success throws with S3's error code and message.</summary>
    async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string payloadHash, string operation, string key, CancellationToken cancellationToken)
    {
        _signer.Sign(request, payloadHash, _time.GetUtcNow());
        var response = await SendAsync(request, operation, key, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await FailureAsync(response, operation, key, cancellationToken);
        }
    }

    async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new S3RequestException(
                $"S3 {operation} of {Describe(key)} could not reach {_options.Endpoint}: {exception.Message.TrimEnd('.')}. Check {S3AssetStoreOptions.SectionName}:ServiceUrl.",
                exception);
        }
    }

    async Task<S3RequestException> FailureAsync(HttpResponseMessage response, string operation, string key, CancellationToken cancellationToken)
    {
        var (code, message) = S3Xml.Error(await response.Content.ReadAsStringAsync(cancellationToken));
        return Failure(operation, key, response.StatusCode, code, message);
    }

    S3RequestException Failure(string operation, string key, HttpStatusCode status, string? code, string? message)
    {
        var hint = (status, code) switch
        {
            (_, "SignatureDoesNotMatch" or "InvalidAccessKeyId" or "AccessDenied") or (HttpStatusCode.Forbidden, _) => CredentialsHint,
            (_, "NoSuchBucket") => $" Check {S3AssetStoreOptions.SectionName}:Bucket: the bucket must exist.",
            (_, "AuthorizationHeaderMalformed" or "PermanentRedirect" or "IllegalLocationConstraintException") or (HttpStatusCode.MovedPermanently, _) =>
                $" Check {S3AssetStoreOptions.SectionName}:Region, ServiceUrl and ForcePathStyle.",
            _ => "",
        };
        var detail = code is null ? "" : $" {code}: {message}";
        return new S3RequestException(
            $"S3 {operation} of {Describe(key)} answered {(int)status} {status}.{detail}{hint}",
            status,
            code);
    }

    S3RequestException Unexpected(string operation, string key, HttpStatusCode status, string what) =>
        new($"S3 {operation} of {Describe(key)} {what}.", status, null);

    string Describe(string key) => $"'{key}' in bucket '{_options.Bucket}'";
}
