namespace GenerationGateway.Adapters.Rodin;

/// <summary>One downloadable file of a finished Rodin task; the link expires after about 10 minutes.</summary>
public sealed record RodinFile(string Name, Uri Url);
