namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>A file part of a multipart request: the form field, the client's file name, its content type and size.</summary>
public sealed record RecordedFile(string Field, string FileName, string? ContentType, long Length);
