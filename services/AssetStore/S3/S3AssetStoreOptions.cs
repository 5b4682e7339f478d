using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.AssetStore.S3;

/// <summary>
/// The S3-compatible store (AWS S3, MinIO, Ceph RGW, Cloudflare R2 ...), used when <c>AssetStore:Provider</c> is
/// <c>S3</c>; the settings it requires are checked at start by <see cref="S3AssetStoreOptionsValidator"/>.
/// </summary>
public sealed class S3AssetStoreOptions
{
    public const string SectionName = "AssetStore:S3";

    /// <summary>Smallest part S3 accepts in a multipart upload (but the last).</summary>
    public const int MinPartSizeBytes = 5 * 1024 * 1024;

    /// <summary>Most parts one multipart upload may have.</summary>
    public const int MaxParts = 10_000;

    /// <summary>
    /// The endpoint, e.g. <c>https://minio.storage.svc:9000/</c> or <c>https://&lt;account&gt;.r2.cloudflarestorage.com/</c>;
    /// none: AWS's regional endpoint <c>https://s3.{Region}.amazonaws.com/</c>.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The signing region (<c>us-east-1</c> for most S3-compatible stores, <c>auto</c> for R2).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The bucket assets are stored in; it must exist.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>
    /// A static key, with <see cref="SecretAccessKey"/>; both empty: the SDK's default credential chain (environment,
    /// shared profile, web identity / IRSA, ECS task role, EC2 instance role).
    /// </summary>
    public string AccessKeyId { get; set; } = "";

    public string SecretAccessKey { get; set; } = "";

    /// <summary>
    /// Server-side encryption asked for on every object: <c>AES256</c> (S3-managed keys), <c>aws:kms</c> or
    /// <c>aws:kms:dsse</c>; empty: none asked for (the bucket's default encryption applies).
    /// </summary>
    public string ServerSideEncryption { get; set; } = "";

    /// <summary>The KMS key (id or ARN) for <c>aws:kms</c> encryption; empty: the account's AWS-managed key.</summary>
    public string KmsKeyId { get; set; } = "";

    /// <summary>
    /// <c>true</c>: Results.Api answers an asset download with a redirect to a presigned GET URL of the object, so the
    /// bytes go from the store to the client directly; <c>false</c>: Results.Api streams the asset itself.
    /// </summary>
    public bool PresignDownloads { get; set; }

    /// <summary>How long a presigned download URL stays valid.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PresignedUrlLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// <c>true</c>: <c>{ServiceUrl}/{Bucket}/{key}</c> (MinIO, Ceph and most self-hosted stores);
    /// <c>false</c>: <c>{Bucket}.{host}/{key}</c> (virtual-hosted, AWS's default).
    /// </summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Prepended to every asset key in the bucket (<c>gateway/</c>), so one bucket can hold other things too.</summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>
    /// An asset is sent in one PUT when it fits in one part, otherwise as a multipart upload of parts this large. Each
    /// upload in progress holds one part in memory.
    /// </summary>
    [Range(MinPartSizeBytes, 1024 * 1024 * 1024)]
    public int PartSizeBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Time allowed for one S3 request (one part, or the headers of a download). The client does not retry.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);
}
