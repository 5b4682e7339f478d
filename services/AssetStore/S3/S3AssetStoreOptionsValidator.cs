using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore.S3;

/// <summary>The settings the S3 store cannot start without, checked only when <c>AssetStore:Provider</c> is <c>S3</c>.</summary>
internal sealed partial class S3AssetStoreOptionsValidator(IOptions<AssetStoreOptions> assetStore) : IValidateOptions<S3AssetStoreOptions>
{
    const string Section = S3AssetStoreOptions.SectionName;
    const string WhenS3 = $"when {AssetStoreOptions.SectionName}:Provider is S3";

    /// <summary>The <c>x-amz-server-side-encryption</c> values S3 accepts.</summary>
    static readonly string[] EncryptionMethods = ["AES256", "aws:kms", "aws:kms:dsse"];

    public ValidateOptionsResult Validate(string? name, S3AssetStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = assetStore.Value;
        if (store.Provider != AssetStoreProvider.S3)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Bucket))
        {
            failures.Add($"{Section}:Bucket is required {WhenS3}: the bucket assets are stored in.");
        }
        else if (!BucketName().IsMatch(options.Bucket))
        {
            failures.Add($"{Section}:Bucket '{options.Bucket}' is not a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens.");
        }

        if (string.IsNullOrWhiteSpace(options.AccessKeyId) != string.IsNullOrEmpty(options.SecretAccessKey))
        {
            failures.Add($"{Section}:AccessKeyId and {Section}:SecretAccessKey go together: set both, or neither to use the SDK's default credential chain.");
        }

        if (options.ServerSideEncryption.Length > 0 && !EncryptionMethods.Contains(options.ServerSideEncryption))
        {
            failures.Add($"{Section}:ServerSideEncryption '{options.ServerSideEncryption}' is not one of {string.Join(", ", EncryptionMethods)} (or empty for the bucket's default).");
        }

        if (options.KmsKeyId.Length > 0 && !options.ServerSideEncryption.StartsWith("aws:kms", StringComparison.Ordinal))
        {
            failures.Add($"{Section}:KmsKeyId needs {Section}:ServerSideEncryption aws:kms or aws:kms:dsse.");
        }

        if (string.IsNullOrWhiteSpace(options.Region) || options.Region.Any(char.IsWhiteSpace) || options.Region.Contains('/', StringComparison.Ordinal))
        {
            failures.Add($"{Section}:Region is required {WhenS3}: the signing region (us-east-1 for most S3-compatible stores).");
        }

        if (options.ServiceUrl is { } url
            && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            failures.Add($"{Section}:ServiceUrl must be an absolute http(s) URL without query, e.g. https://minio.example.internal:9000/.");
        }

        if (options.KeyPrefix.Length > 0 && !KeyPrefix().IsMatch(options.KeyPrefix))
        {
            failures.Add($"{Section}:KeyPrefix '{options.KeyPrefix}' must be path segments of letters, digits, '.', '_' and '-' (e.g. gateway/).");
        }

        var parts = options.PartSizeBytes > 0 && store.MaxAssetBytes > 0 ? ((store.MaxAssetBytes - 1) / options.PartSizeBytes) + 1 : 0;
        if (parts > S3AssetStoreOptions.MaxParts)
        {
            failures.Add($"{Section}:PartSizeBytes {options.PartSizeBytes} would need {parts} parts for {AssetStoreOptions.SectionName}:MaxAssetBytes; S3 allows {S3AssetStoreOptions.MaxParts}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?$")]
    private static partial Regex KeyPrefix();
}
