using GenerationGateway.AssetStore.S3;
using GenerationGateway.AssetStore.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.Tests;

/// <summary><c>AddAssetStore()</c> picks the store <c>AssetStore:Provider</c> names and stops the start on settings it cannot use.</summary>
public sealed class AssetStoreStartupTests
{
    [Fact]
    public async Task The_file_system_store_is_the_default_and_needs_no_s3_settings()
    {
        await using var host = await AssetStoreHost.StartAsync(new Dictionary<string, string?>
        {
            ["AssetStore:RootPath"] = Path.Combine(Path.GetTempPath(), $"assets-{Guid.NewGuid():N}"),
        });

        Assert.IsType<FileSystemAssetStore>(host.Store);
    }

    [Fact]
    public async Task The_s3_store_without_a_bucket_stops_the_start_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => AssetStoreHost.StartAsync(new Dictionary<string, string?>
        {
            ["AssetStore:Provider"] = "S3",
        }));

        Assert.Contains("AssetStore:S3:Bucket is required when AssetStore:Provider is S3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessKeyId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_s3_store_without_keys_starts_on_the_sdks_default_credential_chain()
    {
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:AccessKeyId"] = "";
        settings["AssetStore:S3:SecretAccessKey"] = "";

        await using var host = await AssetStoreHost.StartAsync(settings);

        Assert.IsType<S3AssetStore>(host.Store);
    }

    [Theory]
    [InlineData("AssetStore:S3:Bucket", "Not_A_Bucket", "AssetStore:S3:Bucket 'Not_A_Bucket' is not a bucket name")]
    [InlineData("AssetStore:S3:ServiceUrl", "ftp://minio.internal/", "AssetStore:S3:ServiceUrl must be an absolute http(s) URL")]
    [InlineData("AssetStore:S3:KeyPrefix", "/../assets", "AssetStore:S3:KeyPrefix '/../assets' must be path segments")]
    [InlineData("AssetStore:S3:PartSizeBytes", "1048576", "PartSizeBytes")]
    [InlineData("AssetStore:S3:SecretAccessKey", "", "AssetStore:S3:AccessKeyId and AssetStore:S3:SecretAccessKey go together")]
    [InlineData("AssetStore:S3:ServerSideEncryption", "aes256", "AssetStore:S3:ServerSideEncryption 'aes256' is not one of AES256, aws:kms, aws:kms:dsse")]
    [InlineData("AssetStore:S3:KmsKeyId", "alias/gateway", "AssetStore:S3:KmsKeyId needs AssetStore:S3:ServerSideEncryption aws:kms")]
    [InlineData("AssetStore:S3:PresignedUrlLifetime", "8.00:00:00", "PresignedUrlLifetime")]
    [InlineData("AssetStore:MaxAssetBytes", "109951162777600", "AssetStore:S3:PartSizeBytes 8388608 would need 13107200 parts")]
    public async Task A_setting_the_s3_store_cannot_use_stops_the_start_naming_it(string setting, string value, string expected)
    {
        var settings = S3TestServer.Settings();
        settings[setting] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => AssetStoreHost.StartAsync(settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_s3_store_is_used_when_the_provider_is_s3()
    {
        await using var host = await AssetStoreHost.StartAsync(S3TestServer.Settings());

        Assert.IsType<S3AssetStore>(host.Store);
    }
}
