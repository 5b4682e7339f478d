namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>A file the upload host holds, found again by id (its URL) or by MD5 (deduplication).</summary>
public sealed record AholoStoredFile(string Id, string Name, string Md5, byte[] Bytes);
