namespace GenerationGateway.Cli.Commands;

/// <summary>One downloaded asset, its size and checksum checked against the manifest.</summary>
public sealed record SavedAsset(string Path, string Role, long SizeBytes, string Checksum);
