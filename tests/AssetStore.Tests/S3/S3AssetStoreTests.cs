using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using GenerationGateway.AssetStore.S3;
using GenerationGateway.AssetStore.Tests.Infrastructure;

namespace GenerationGateway.AssetStore.Tests.S3;

/// <summary>The S3 asset store against a real S3-compatible server (<see cref="S3TestServer"/>), each test under its own key prefix.</summary>
public sealed class S3AssetStoreTests
{
    const int MiB = 1024 * 1024;

    [Fact]
    public async Task Stores_an_asset_and_opens_it_with_its_content_type_size_and_sha256()
    {
        await using var host = await AssetStoreHost.StartAsync(S3TestServer.Settings());
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        var key = AssetKey.For(Guid.NewGuid(), "model.glb");

        var stored = await host.Store.PutAsync(key, new TrickleStream(bytes), "model/gltf-binary", CancellationToken.None);

        Assert.IsType<S3AssetStore>(host.Store);
        Assert.Equal(key, stored.Key);
        Assert.Equal(new Uri("https://gateway.test/v1/assets/" + key), stored.Url);
        Assert.Equal(bytes.Length, stored.SizeBytes);
        Assert.Equal("model/gltf-binary", stored.ContentType);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Checksum);
        var opened = await host.Store.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            Assert.Equal("model/gltf-binary", opened.ContentType);
            Assert.Equal(bytes.Length, opened.SizeBytes);
            Assert.Equal(bytes, await ReadAllAsync(opened.Content));
        }
    }

    [Fact]
    public async Task An_asset_larger_than_a_part_goes_up_in_parts_and_comes_back_whole()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:PartSizeBytes"] = (5 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await AssetStoreHost.StartAsync(settings);
        var bytes = RandomNumberGenerator.GetBytes((11 * MiB) + 12_345);
        var key = AssetKey.For(Guid.NewGuid(), "scene.ply");

        var stored = await host.Store.PutAsync(key, new TrickleStream(bytes, maxRead: 64 * 1024), "application/x-ply", CancellationToken.None);

        Assert.Equal(bytes.Length, stored.SizeBytes);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Checksum);
        var opened = await host.Store.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            Assert.Equal("application/x-ply", opened.ContentType);
            Assert.Equal(bytes.Length, opened.SizeBytes);
            Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await ReadAllAsync(opened.Content)));
        }
    }

    [Fact]
    public async Task An_empty_asset_is_stored_too()
    {
        await using var host = await AssetStoreHost.StartAsync(S3TestServer.Settings());
        var key = AssetKey.For(Guid.NewGuid(), "empty.txt");

        var stored = await host.Store.PutAsync(key, new MemoryStream(), "text/plain", CancellationToken.None);

        Assert.Equal(0, stored.SizeBytes);
        Assert.Equal("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", stored.Checksum);
        var opened = await host.Store.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            Assert.Equal(0, opened.SizeBytes);
        }
    }

    [Fact]
    public async Task An_asset_past_the_limit_is_rejected_and_nothing_is_stored()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:MaxAssetBytes"] = "1024";
        await using var host = await AssetStoreHost.StartAsync(settings);
        var key = AssetKey.For(Guid.NewGuid(), "big.glb");

        await Assert.ThrowsAsync<AssetTooLargeException>(() =>
            host.Store.PutAsync(key, new TrickleStream(new byte[1025], maxRead: 100), "model/gltf-binary", CancellationToken.None));

        Assert.Null(await host.Store.OpenAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task An_asset_exactly_at_the_limit_is_accepted()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:MaxAssetBytes"] = "1024";
        await using var host = await AssetStoreHost.StartAsync(settings);

        var stored = await host.Store.PutAsync(AssetKey.For(Guid.NewGuid(), "edge.bin"), new MemoryStream(new byte[1024]), "application/octet-stream", CancellationToken.None);

        Assert.Equal(1024, stored.SizeBytes);
    }

    [Fact]
    public async Task A_multipart_upload_past_the_limit_is_abandoned_and_the_key_keeps_what_it_had()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:PartSizeBytes"] = (5 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["AssetStore:MaxAssetBytes"] = (6 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await AssetStoreHost.StartAsync(settings);
        var key = AssetKey.For(Guid.NewGuid(), "model.glb");
        var first = RandomNumberGenerator.GetBytes(1000);
        await host.Store.PutAsync(key, new MemoryStream(first), "model/gltf-binary", CancellationToken.None);

        var error = await Assert.ThrowsAsync<AssetTooLargeException>(() =>
            host.Store.PutAsync(key, new TrickleStream(new byte[7 * MiB], maxRead: 64 * 1024), "model/gltf-binary", CancellationToken.None));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        var opened = await host.Store.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            Assert.Equal(first, await ReadAllAsync(opened.Content));
        }
    }

    [Fact]
    public async Task Opening_a_key_that_was_never_stored_gives_null()
    {
        await using var host = await AssetStoreHost.StartAsync(S3TestServer.Settings());

        Assert.Null(await host.Store.OpenAsync(AssetKey.For(Guid.NewGuid(), "missing.glb"), CancellationToken.None));
        Assert.Null(await host.Store.OpenAsync("../escape", CancellationToken.None));
    }

    [Fact]
    public async Task Writing_a_key_again_replaces_the_asset_and_its_content_type()
    {
        await using var host = await AssetStoreHost.StartAsync(S3TestServer.Settings());
        var key = AssetKey.For(Guid.NewGuid(), "preview");
        await host.Store.PutAsync(key, new MemoryStream([1, 2, 3]), "image/png", CancellationToken.None);

        await host.Store.PutAsync(key, new MemoryStream([4, 5]), "image/webp", CancellationToken.None);

        var opened = await host.Store.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            Assert.Equal("image/webp", opened.ContentType);
            Assert.Equal([4, 5], await ReadAllAsync(opened.Content));
        }
    }

    [Fact]
    public async Task A_wrong_secret_fails_with_the_servers_refusal()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:SecretAccessKey"] = "not-the-secret";
        await using var host = await AssetStoreHost.StartAsync(settings);
        var key = AssetKey.For(Guid.NewGuid(), "model.glb");

        var put = await Assert.ThrowsAsync<AmazonS3Exception>(() =>
            host.Store.PutAsync(key, new MemoryStream([1, 2, 3]), "model/gltf-binary", CancellationToken.None));
        var open = await Assert.ThrowsAsync<AmazonS3Exception>(() => host.Store.OpenAsync(key, CancellationToken.None));

        foreach (var error in new[] { put, open })
        {
            Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
            Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        }
    }

    [Fact]
    public async Task A_bucket_that_does_not_exist_fails_rather_than_reading_as_a_missing_asset()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:Bucket"] = $"no-such-bucket-{Guid.NewGuid():N}"[..40];
        await using var host = await AssetStoreHost.StartAsync(settings);

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => host.Store.OpenAsync(AssetKey.For(Guid.NewGuid(), "a.glb"), CancellationToken.None));

        Assert.Equal("NoSuchBucket", error.ErrorCode);
    }

    [Fact]
    public async Task With_presigned_downloads_a_stored_asset_gets_a_url_that_serves_it_without_credentials()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:PresignDownloads"] = "true";
        settings["AssetStore:S3:PresignedUrlLifetime"] = "00:05:00";
        await using var host = await AssetStoreHost.StartAsync(settings);
        var bytes = RandomNumberGenerator.GetBytes(4096);
        var key = AssetKey.For(Guid.NewGuid(), "model.glb");
        await host.Store.PutAsync(key, new MemoryStream(bytes), "model/gltf-binary", CancellationToken.None);

        var url = await host.Store.GetDownloadUrlAsync(key, CancellationToken.None);

        Assert.NotNull(url);
        Assert.StartsWith(S3TestServer.Endpoint, url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("X-Amz-Expires=300", url.Query, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var download = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("model/gltf-binary", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Null(await host.Store.GetDownloadUrlAsync(AssetKey.For(Guid.NewGuid(), "missing.glb"), CancellationToken.None));
    }

    [Fact]
    public async Task Without_presigned_downloads_the_store_hands_out_no_url()
    {
        await using var host = await AssetStoreHost.StartAsync(S3TestServer.Settings());
        var key = AssetKey.For(Guid.NewGuid(), "model.glb");
        await host.Store.PutAsync(key, new MemoryStream([1, 2, 3]), "model/gltf-binary", CancellationToken.None);

        Assert.Null(await host.Store.GetDownloadUrlAsync(key, CancellationToken.None));
    }

    static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
