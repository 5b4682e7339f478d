using System.Security.Cryptography;
using GenerationGateway.AssetStore.Tests.Infrastructure;

namespace GenerationGateway.AssetStore.Tests.S3;

/// <summary>
/// Without a configured key the store signs with what the SDK's default credential chain finds: here its first link,
/// the standard environment variables (the same chain reads web identity tokens, ECS task roles and instance roles).
/// The only test in the suite that reads those variables; every other one configures a static key.
/// </summary>
public sealed class S3DefaultCredentialsTests : IDisposable
{
    const string AccessKeyVariable = "AWS_ACCESS_KEY_ID";
    const string SecretKeyVariable = "AWS_SECRET_ACCESS_KEY";

    readonly string? _accessKey = Environment.GetEnvironmentVariable(AccessKeyVariable);
    readonly string? _secretKey = Environment.GetEnvironmentVariable(SecretKeyVariable);

    [Fact]
    public async Task Without_configured_keys_the_store_uses_the_credentials_of_the_environment()
    {
        Environment.SetEnvironmentVariable(AccessKeyVariable, S3TestServer.AccessKeyId);
        Environment.SetEnvironmentVariable(SecretKeyVariable, S3TestServer.SecretAccessKey);
        var settings = S3TestServer.Settings();
        settings["AssetStore:S3:AccessKeyId"] = "";
        settings["AssetStore:S3:SecretAccessKey"] = "";
        await using var host = await AssetStoreHost.StartAsync(settings);
        var bytes = RandomNumberGenerator.GetBytes(1000);
        var key = AssetKey.For(Guid.NewGuid(), "model.glb");

        await host.Store.PutAsync(key, new MemoryStream(bytes), "model/gltf-binary", CancellationToken.None);

        var opened = await host.Store.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            using var copy = new MemoryStream();
            await opened.Content.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(AccessKeyVariable, _accessKey);
        Environment.SetEnvironmentVariable(SecretKeyVariable, _secretKey);
    }
}
