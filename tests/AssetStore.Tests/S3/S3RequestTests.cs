using System.Text;
using GenerationGateway.AssetStore.S3;
using GenerationGateway.AssetStore.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.Tests.S3;

/// <summary>The requests the S3 store sends, recorded: addresses, payload hashes and the multipart sequence.</summary>
public sealed class S3RequestTests
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
        Assert.Equal(new Uri("https://assets.s3.eu-west-1.amazonaws.com/gateway/abc/model.glb"), put.Uri);
        Assert.Equal("model/gltf-binary", put.ContentType);
        Assert.Contains("/eu-west-1/s3/aws4_request,", put.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_style_puts_the_bucket_after_the_service_urls_own_path()
    {
        var handler = new RecordingS3Handler();
        var store = Store(handler, new S3AssetStoreOptions { ServiceUrl = new Uri("http://storage.internal:9000/s3/"), ForcePathStyle = true });

        await store.PutAsync("abc/model.glb", new MemoryStream([1]), "model/gltf-binary", CancellationToken.None);

        Assert.Equal(new Uri("http://storage.internal:9000/s3/assets/abc/model.glb"), Assert.Single(handler.Requests).Uri);
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
            ["POST ?uploads", "PUT ?partNumber=1&uploadId=up%2Fload%2Bid%3D", "PUT ?partNumber=2&uploadId=up%2Fload%2Bid%3D",
             "PUT ?partNumber=3&uploadId=up%2Fload%2Bid%3D", "POST ?uploadId=up%2Fload%2Bid%3D"],
            handler.Requests.Select(request => $"{request.Method} {request.Uri.Query}"));
        Assert.Equal([0, 5 * MiB, 5 * MiB, 1], handler.Requests.Take(4).Select(request => request.Body.Length));
        Assert.All(handler.Requests, request => Assert.Equal(request.BodySha256, request.ContentSha256Header));
        Assert.Equal("application/x-ply", handler.Requests[0].ContentType);
        Assert.Equal(
            "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Part><PartNumber>1</PartNumber><ETag>\"etag-2\"</ETag></Part>"
            + "<Part><PartNumber>2</PartNumber><ETag>\"etag-3\"</ETag></Part>"
            + "<Part><PartNumber>3</PartNumber><ETag>\"etag-4\"</ETag></Part></CompleteMultipartUpload>",
            Encoding.UTF8.GetString(handler.Requests[^1].Body));
    }

    static S3AssetStore Store(RecordingS3Handler handler, S3AssetStoreOptions s3)
    {
        s3.Bucket = "assets";
        s3.AccessKeyId = "AKIDEXAMPLE";
        s3.SecretAccessKey = "secret";
        var client = new S3ObjectClient(new HttpClient(handler), Options.Create(s3), TimeProvider.System);
        return new S3AssetStore(client, Options.Create(new AssetStoreOptions()), Options.Create(s3), NullLogger<S3AssetStore>.Instance);
    }
}
