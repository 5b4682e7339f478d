namespace GenerationGateway.AssetStore;

public sealed record StoredAssetContent(Stream Content, string ContentType, long SizeBytes);
