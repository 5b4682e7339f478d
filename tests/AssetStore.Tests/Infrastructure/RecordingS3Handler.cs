using System.Net;
using System.Security.Cryptography;

namespace GenerationGateway.AssetStore.Tests.Infrastructure;

/// <summary>
/// Answers the object calls the S3 store makes as S3 would (upload id, part ETags, success) and records each request:
/// what the real server does not check (s3rver takes the payload hash on trust) can be checked here.
/// </summary>
public sealed class RecordingS3Handler : HttpMessageHandler
{
    public List<RecordedS3Request> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add(new RecordedS3Request(
            request.Method,
            request.RequestUri!,
            request.Headers.GetValues("x-amz-content-sha256").Single(),
            Convert.ToHexStringLower(SHA256.HashData(body)),
            body,
            request.Content?.Headers.ContentType?.ToString(),
            request.Headers.TryGetValues("Authorization", out var authorization) ? authorization.Single() : "",
            request.Headers.TryGetValues("x-amz-server-side-encryption", out var encryption) ? encryption.Single() : null));

        var response = new HttpResponseMessage(HttpStatusCode.OK);
        var query = request.RequestUri!.Query;
        if (request.Method == HttpMethod.Post && query == "?uploads")
        {
            response.Content = new StringContent(
                "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><UploadId>up/load+id=</UploadId></InitiateMultipartUploadResult>");
        }
        else if (request.Method == HttpMethod.Put && query.StartsWith("?partNumber=", StringComparison.Ordinal))
        {
            response.Headers.TryAddWithoutValidation("ETag", $"\"etag-{Requests.Count}\"");
        }
        else if (request.Method == HttpMethod.Post)
        {
            response.Content = new StringContent("<CompleteMultipartUploadResult><ETag>\"whole\"</ETag></CompleteMultipartUploadResult>");
        }

        return response;
    }
}
