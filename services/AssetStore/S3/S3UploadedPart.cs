namespace GenerationGateway.AssetStore.S3;

/// <summary>One uploaded part of a multipart upload, as CompleteMultipartUpload needs it back.</summary>
public sealed record S3UploadedPart(int PartNumber, string ETag);
