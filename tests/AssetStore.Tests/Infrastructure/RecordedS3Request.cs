namespace GenerationGateway.AssetStore.Tests.Infrastructure;

public sealed record RecordedS3Request(
    HttpMethod Method, Uri Uri, string ContentSha256Header, string BodySha256, byte[] Body, string? ContentType, string Authorization, string? ServerSideEncryption);
