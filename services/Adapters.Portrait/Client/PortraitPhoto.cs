namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>A photo ready to upload.</summary>
public sealed record PortraitPhoto(string FileName, string ContentType, ReadOnlyMemory<byte> Bytes);
