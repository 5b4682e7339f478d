using System.Text;
using System.Text.RegularExpressions;
using GenerationGateway.AssetStore.S3;
using GenerationGateway.AssetStore.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.Tests.S3;

/// <summary>The requests the S3 store sends through the SDK, recorded: addresses, payload hashes, encryption and the multipart sequence.</summary>
public sealed partial class S3RequestTests
{
    const int MiB = 1024 * 1024;

    [Fact]
    public async Task Without_a_service_url_or_path_style_objects_are_addressed_on_the_buckets_own_aws_host()
    {
        var handler = new RecordingS3Handler();
        var store = Store(handler, new S3AssetStoreOptions { Region = "eu-west-1", KeyPrefix = "gateway" });

        await store.PutAsync("abc/model.glb", new MemoryStream([1, 2, 3]), "model/gltf-binary", CancellationToken.None);

        var put = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("https://assets.s3.eu-west-1.amazonaws.com/gateway/abc/model.glb", put.Uri.AbsoluteUri);
        Assert.Equal("model/gltf-binary", put.ContentType);
        Assert.Contains("/eu-west-1/s3/aws4_request,", put.Authorization, StringComparison.Ordinal);
        Assert.Null(put.ServerSideEncryption);
    }

    [Fact]
    public async Task Path_style_puts_the_bucket_after_the_service_url_and_signs_for_the_configured_region()
    {
        var handler = new RecordingS3Handler();
        var store = Store(handler, new S3AssetStoreOptions { ServiceUrl = new Uri("http://storage.internal:9000/"), ForcePathStyle = true, Region = "auto" });

        await store.PutAsync("abc/model.glb", new MemoryStream([1]), "model/gltf-binary", CancellationToken.None);

        var put = Assert.Single(handler.Requests);
        Assert.Equal("http://storage.internal:9000/assets/abc/model.glb", put.Uri.AbsoluteUri);
        Assert.Contains("/auto/s3/aws4_request,", put.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_carries_the_sha256_of_the_body_it_sends_and_parts_follow_in_order()
    {
        var handler = new RecordingS3Handler();
        var store = Store(handler, new S3AssetStoreOptions { ForcePathStyle = true, PartSizeBytes = 5 * MiB });
        var content = new byte[(10 * MiB) + 1];
        new Random(7).NextBytes(content);

        await store.PutAsync("abc/scene.ply", new TrickleStream(content, maxRead: 100_000), "application/x-ply", CancellationToken.None);

        Assert.Equal(
            ["POST uploads", "PUT partNumber=1 uploadId", "PUT partNumber=2 uploadId", "PUT partNumber=3 uploadId", "POST uploadId"],
            handler.Requests.Select(request => $"{request.Method} {QueryNames(request.Uri)}"));
        Assert.All(handler.Requests.Skip(1), request => Assert.EndsWith("uploadId=up/load+id=", Uri.UnescapeDataString(request.Uri.Query), StringComparison.Ordinal));
        Assert.Equal([0, 5 * MiB, 5 * MiB, 1], handler.Requests.Take(4).Select(request => request.Body.Length));
        Assert.Equal(content, handler.Requests.Skip(1).Take(3).SelectMany(request => request.Body));
        Assert.All(handler.Requests, request => Assert.Equal(request.BodySha256, request.ContentSha256Header));
        Assert.Equal("application/x-ply", handler.Requests[0].ContentType);
        var completion = Encoding.UTF8.GetString(handler.Requests[^1].Body);
        Assert.Equal(
            ["1 \"etag-2\"", "2 \"etag-3\"", "3 \"etag-4\""],
            CompletedPart().Matches(completion).Select(part => $"{part.Groups["number"].Value} {part.Groups["etag"].Value}"));
    }

    [Fact]
    public async Task Server_side_encryption_is_asked_for_on_single_and_multipart_uploads()
    {
        var handler = new RecordingS3Handler();
        var store = Store(handler, new S3AssetStoreOptions { ForcePathStyle = true, PartSizeBytes = 5 * MiB, ServerSideEncryption = "AES256" });

        await store.PutAsync("abc/small.glb", new MemoryStream([1, 2, 3]), "model/gltf-binary", CancellationToken.None);
        await store.PutAsync("abc/large.ply", new MemoryStream(new byte[(5 * MiB) + 1]), "application/x-ply", CancellationToken.None);

        Assert.Equal("AES256", handler.Requests[0].ServerSideEncryption);
        Assert.Equal("POST uploads", $"{handler.Requests[1].Method} {QueryNames(handler.Requests[1].Uri)}");
        Assert.Equal("AES256", handler.Requests[1].ServerSideEncryption);
    }

    static string QueryNames(Uri uri) => string.Join(' ', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')[0] is var name && name == "partNumber" ? pair : name).Order(StringComparer.Ordinal));

    static S3AssetStore Store(RecordingS3Handler handler, S3AssetStoreOptions s3)
    {
        s3.Bucket = "assets";
        s3.AccessKeyId = "AKIDEXAMPLE";
        s3.SecretAccessKey = "secret";
        var client = S3ClientFactory.Create(s3, new RecordingHttpClientFactory(handler));
        return new S3AssetStore(client, Options.Create(new AssetStoreOptions()), Options.Create(s3), TimeProvider.System, NullLogger<S3AssetStore>.Instance);
    }

    [GeneratedRegex("<Part><ETag>(?<etag>[^<]+)</ETag><PartNumber>(?<number>\\d+)</PartNumber></Part>")]
    private static partial Regex CompletedPart();
}
