namespace GenerationGateway.AssetStore.Tests.Infrastructure;

/// <summary>
/// The S3-compatible server tests/provision.sh starts (s3rver, which checks Signature V4): its endpoint from
/// <c>GATEWAY_TEST_S3</c>, its account and the bucket provision.sh creates. A test that cannot reach it fails.
/// </summary>
public static class S3TestServer
{
    public const string AccessKeyId = "S3RVER";
    public const string SecretAccessKey = "S3RVER";
    public const string Bucket = "gateway-assets-test";

    public static string Endpoint { get; } = Environment.GetEnvironmentVariable("GATEWAY_TEST_S3") ?? "http://127.0.0.1:4568/";

    /// <summary>Settings of an S3 asset store on the test server, under a key prefix of its own.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["AssetStore:Provider"] = "S3",
        ["AssetStore:PublicBaseUrl"] = "https://gateway.test/v1/assets/",
        ["AssetStore:S3:ServiceUrl"] = Endpoint,
        ["AssetStore:S3:Region"] = "us-east-1",
        ["AssetStore:S3:Bucket"] = Bucket,
        ["AssetStore:S3:AccessKeyId"] = AccessKeyId,
        ["AssetStore:S3:SecretAccessKey"] = SecretAccessKey,
        ["AssetStore:S3:ForcePathStyle"] = "true",
        ["AssetStore:S3:KeyPrefix"] = $"tests/{Guid.NewGuid():N}",
    };
}
