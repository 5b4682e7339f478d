namespace GenerationGateway.VendorSim.Rodin.Responses;

public sealed record RodinStatusResponse(string? Error, IReadOnlyList<RodinJobStatusItem> Jobs);
