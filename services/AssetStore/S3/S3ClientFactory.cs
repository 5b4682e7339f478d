using Amazon.Runtime;
using Amazon.S3;

namespace GenerationGateway.AssetStore.S3;

/// <summary>
/// The SDK client for <see cref="S3AssetStoreOptions"/>: a static key when one is configured, otherwise the SDK's default
/// credential chain. Checksums only where the operation requires them (S3-compatible stores refuse the SDK's default
/// trailing checksums), and no retries: the adapter's message retry is the one retry layer.
/// </summary>
public static class S3ClientFactory
{
    public static AmazonS3Client Create(S3AssetStoreOptions options, HttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = options.Timeout,
            MaxErrorRetry = 0,
        };
        if (options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        if (httpClientFactory is not null)
        {
            config.HttpClientFactory = httpClientFactory;
        }

        return options.AccessKeyId.Length > 0
            ? new AmazonS3Client(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config)
            : new AmazonS3Client(config);
    }
}
