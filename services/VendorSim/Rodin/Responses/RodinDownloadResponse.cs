namespace GenerationGateway.VendorSim.Rodin.Responses;

/// <summary>The 201 answer of <c>POST /download</c>: <c>{"error":"OK","list":[{url,name}]}</c>.</summary>
public sealed record RodinDownloadResponse(string Error, IReadOnlyList<RodinDownloadItem> List);
